using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ServiceBot.Domain.Common;
using ServiceBot.Domain.Users;
using ServiceBot.Infrastructure.Identity;

namespace ServiceBot.Bot.Console.Shared;

/// <summary>
/// What every console page shares: the mediator it talks to the back end through, the signed-in user, and the
/// way a refused request is shown (the request's own answer decides: another bureau's case is "not found").
/// </summary>
public abstract class ConsolePage(IMediator mediator) : PageModel
{
    protected IMediator Mediator => mediator;

    /// <summary>Set when the page shows a refusal instead of its content.</summary>
    public ProblemView? Problem { get; private set; }

    /// <summary>A one-line confirmation of what the previous request did, shown once.</summary>
    [TempData]
    public string? Flash { get; set; }

    public Actor? Me => User.ToActor();

    /// <summary>Shows <paramref name="error"/> in place of the page's content, with its HTTP status.</summary>
    protected IActionResult Fail(Error error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var (status, title) = StatusOf(error.Kind);
        Response.StatusCode = status;
        Problem = new ProblemView(status, title, error.Message);
        return Page();
    }

    public static (int Status, string Title) StatusOf(ErrorKind kind) => kind switch
    {
        ErrorKind.NotFound => (StatusCodes.Status404NotFound, "未找到"),
        ErrorKind.Forbidden => (StatusCodes.Status403Forbidden, "无权访问"),
        ErrorKind.Unauthorized => (StatusCodes.Status401Unauthorized, "请先登录"),
        ErrorKind.Conflict => (StatusCodes.Status409Conflict, "无法执行"),
        _ => (StatusCodes.Status400BadRequest, "填写有误"),
    };
}
