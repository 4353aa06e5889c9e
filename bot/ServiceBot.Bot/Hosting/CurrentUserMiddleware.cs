using ServiceBot.Application.Common.Security;
using ServiceBot.Infrastructure.Identity;

namespace ServiceBot.Bot.Hosting;

/// <summary>Tells the application layer who is calling, from the authenticated principal.</summary>
internal sealed class CurrentUserMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context, CurrentUser currentUser)
    {
        currentUser.Actor = context.User.ToActor();
        return next(context);
    }
}
