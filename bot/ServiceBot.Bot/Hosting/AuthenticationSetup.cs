using Microsoft.AspNetCore.Identity;

namespace ServiceBot.Bot.Hosting;

/// <summary>
/// One policy scheme over two: a bearer token for API clients (ASP.NET Core's own token format), the Identity
/// cookie for the browser console. Unauthenticated API calls answer 401, never a redirect to a login page.
/// </summary>
internal static class AuthenticationSetup
{
    public const string Scheme = "ServiceBot";

    public static IServiceCollection AddServiceBotAuthentication(this IServiceCollection services, ApiOptions api)
    {
        services.AddAuthentication(o =>
            {
                o.DefaultScheme = Scheme;
                o.DefaultChallengeScheme = Scheme;
            })
            .AddPolicyScheme(Scheme, "Bearer or cookie", o => o.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? IdentityConstants.BearerScheme
                    : IdentityConstants.ApplicationScheme)
            .AddBearerToken(IdentityConstants.BearerScheme, o => o.BearerTokenExpiration = api.BearerTokenLifetime)
            .AddIdentityCookies(cookies => cookies.ApplicationCookie?.Configure(o =>
            {
                o.LoginPath = "/console/login";
                o.Cookie.Name = "servicebot.auth";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.SlidingExpiration = true;
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                o.Events.OnRedirectToLogin = context => ApiStatus(context.HttpContext, context.RedirectUri, StatusCodes.Status401Unauthorized);
                o.Events.OnRedirectToAccessDenied = context => ApiStatus(context.HttpContext, context.RedirectUri, StatusCodes.Status403Forbidden);
            }));
        services.AddAuthorization();
        return services;
    }

    private static Task ApiStatus(HttpContext context, string redirectUri, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(redirectUri);
        }

        return Task.CompletedTask;
    }
}
