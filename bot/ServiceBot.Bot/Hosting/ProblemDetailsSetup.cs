using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;

namespace ServiceBot.Bot.Hosting;

/// <summary>
/// Every error the API returns is ProblemDetails, with a Chinese explanation: malformed JSON, a body too large,
/// an unknown route, and unexpected failures (500, without internals).
/// </summary>
internal static class ProblemDetailsSetup
{
    /// <summary>Statuses the framework produces by itself (routing, Kestrel's limits, the rate limiter), said in Chinese.</summary>
    private static readonly Dictionary<int, (string Title, string Detail, string Code)> FrameworkStatuses = new()
    {
        [StatusCodes.Status404NotFound] = ("未找到", "请求的地址不存在。", "route.notFound"),
        [StatusCodes.Status405MethodNotAllowed] = ("不支持的请求方法", "该地址不支持此请求方法。", "route.methodNotAllowed"),
        [StatusCodes.Status413PayloadTooLarge] = ("请求过大", "请求内容超过了允许的大小。", "request.tooLarge"),
        [StatusCodes.Status415UnsupportedMediaType] = ("不支持的内容类型", "请求内容的类型不受支持，JSON 接口请使用 application/json。", "request.mediaType"),
        [StatusCodes.Status429TooManyRequests] = ("请求过于频繁", "请求过于频繁，请稍后再试。", "request.rateLimited"),
    };

    public static IServiceCollection AddServiceBotProblemDetails(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Extensions["traceId"] = context.HttpContext.TraceIdentifier;
            if (context.ProblemDetails.Detail is null && context.ProblemDetails.Status is { } status && FrameworkStatuses.TryGetValue(status, out var text))
            {
                context.ProblemDetails.Title = text.Title;
                context.ProblemDetails.Detail = text.Detail;
                context.ProblemDetails.Extensions.TryAdd("code", text.Code);
            }
            else if ((context.ProblemDetails.Status ?? context.HttpContext.Response.StatusCode) == StatusCodes.Status413PayloadTooLarge && context.ProblemDetails.Detail is null)
            {
                // Kestrel refuses a body over the limit before any endpoint code runs (form uploads included).
                context.ProblemDetails.Title = "请求过大";
                context.ProblemDetails.Detail = "请求内容过大。";
                context.ProblemDetails.Extensions["code"] = "request.tooLarge";
            }
        });
        services.AddExceptionHandler<BadRequestExceptionHandler>();
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        return services;
    }

    public static WebApplication UseServiceBotProblemDetails(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        return app;
    }

    /// <summary>Binding failures (bad JSON, wrong types, oversized bodies) become 400/413 with a message people can act on.</summary>
    private sealed class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
    {
        public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
        {
            if (exception is not BadHttpRequestException bad)
            {
                return false;
            }

            var tooLarge = bad.StatusCode == StatusCodes.Status413PayloadTooLarge;
            var detail = tooLarge
                ? "请求内容过大。"
                : bad.InnerException is JsonException json
                    ? $"请求体不是有效的 JSON，或字段类型不对：{json.Path ?? json.Message}"
                    : $"请求格式不正确：{bad.Message}";
            httpContext.Response.StatusCode = tooLarge ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest;
            return await problems.TryWriteAsync(new ProblemDetailsContext
            {
                HttpContext = httpContext,
                Exception = exception,
                ProblemDetails =
                {
                    Status = httpContext.Response.StatusCode,
                    Title = tooLarge ? "请求过大" : "请求内容有误",
                    Detail = detail,
                    Extensions = { ["code"] = tooLarge ? "request.tooLarge" : "request.malformed" },
                },
            }).ConfigureAwait(false);
        }
    }
}
