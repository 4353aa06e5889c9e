using Microsoft.AspNetCore.Http.HttpResults;
using ServiceBot.Domain.Common;

namespace ServiceBot.Bot.Hosting;

/// <summary>Maps expected failures to ProblemDetails: validation 400, unauthorized 401, forbidden 403, not found 404, conflict 409.</summary>
internal static class ResultHttpExtensions
{
    public static ProblemHttpResult ToProblem(this Error error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var (status, title) = error.Kind switch
        {
            ErrorKind.Validation => (StatusCodes.Status400BadRequest, "请求内容有误"),
            ErrorKind.Unauthorized => (StatusCodes.Status401Unauthorized, "需要登录"),
            ErrorKind.Forbidden => (StatusCodes.Status403Forbidden, "没有权限"),
            ErrorKind.NotFound => (StatusCodes.Status404NotFound, "未找到"),
            _ => (StatusCodes.Status409Conflict, "操作与当前状态冲突"),
        };
        var extensions = new Dictionary<string, object?> { ["code"] = error.Code };
        if (error.Fields is { Count: > 0 })
        {
            extensions["errors"] = error.Fields;
        }

        return TypedResults.Problem(detail: error.Message, statusCode: status, title: title, extensions: extensions);
    }

    /// <summary>A successful result's value as 200, or its error as ProblemDetails.</summary>
    public static Results<Ok<T>, ProblemHttpResult> ToHttp<T>(this Result<T> result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error!.ToProblem();
    }
}
