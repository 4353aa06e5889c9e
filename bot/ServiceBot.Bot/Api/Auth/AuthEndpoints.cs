using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using ServiceBot.Application.Common.Security;
using ServiceBot.Bot.Hosting;
using ServiceBot.Domain.Common;
using ServiceBot.Domain.Users;
using ServiceBot.Infrastructure.Identity;

namespace ServiceBot.Bot.Api.Auth;

/// <summary><c>POST /api/auth/login</c> issues a bearer token for API clients; <c>GET /api/auth/me</c> says who the token is.</summary>
internal static class AuthEndpoints
{
    public const string LoginRateLimit = "login";

    public static IEndpointRouteBuilder MapAuthEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/auth").WithTags("Auth");
        group.MapPost("/login", LoginAsync).AllowAnonymous().RequireRateLimiting(LoginRateLimit)
            .WithSummary("用户名密码登录，返回 Bearer 令牌（连续5次失败锁定15分钟）");
        group.MapGet("/me", Me).RequireAuthorization().WithSummary("当前登录用户");
        return app;
    }

    private static async Task<Results<SignInHttpResult, ProblemHttpResult>> LoginAsync(
        LoginRequest request, UserManager<ApplicationUser> users, SignInManager<ApplicationUser> signIn)
    {
        if (string.IsNullOrWhiteSpace(request.Username) || string.IsNullOrEmpty(request.Password))
        {
            return Error.Validation("auth.missing", "请输入用户名和密码。").ToProblem();
        }

        var user = await users.FindByNameAsync(request.Username.Trim()).ConfigureAwait(false);
        if (user is null || !user.IsActive)
        {
            return Error.Unauthorized("auth.invalid", "用户名或密码错误。").ToProblem();
        }

        var check = await signIn.CheckPasswordSignInAsync(user, request.Password, lockoutOnFailure: true).ConfigureAwait(false);
        if (check.IsLockedOut)
        {
            return Error.Unauthorized("auth.lockedOut", "密码错误次数过多，账号已锁定，请15分钟后再试。").ToProblem();
        }

        if (!check.Succeeded)
        {
            return Error.Unauthorized("auth.invalid", "用户名或密码错误。").ToProblem();
        }

        var principal = await signIn.CreateUserPrincipalAsync(user).ConfigureAwait(false);
        return TypedResults.SignIn(principal, authenticationScheme: IdentityConstants.BearerScheme);
    }

    private static Results<Ok<MeResponse>, UnauthorizedHttpResult> Me(ICurrentUser currentUser) =>
        currentUser.Actor is { } actor
            ? TypedResults.Ok(new MeResponse(actor.Id, actor.Name, actor.Role, actor.Role.ToChinese(), actor.BureauCode, actor.EnterpriseId))
            : TypedResults.Unauthorized();
}
