using System.Text.Json.Serialization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http.Json;
using ServiceBot.Bot.Api.Accounts;
using ServiceBot.Bot.Api.Auth;
using ServiceBot.Bot.Api.Bureaus;
using ServiceBot.Bot.Api.Calendar;
using ServiceBot.Bot.Api.Cases;
using ServiceBot.Bot.Api.Health;
using ServiceBot.Bot.Api.Policies;
using ServiceBot.Bot.Api.Triage;

namespace ServiceBot.Bot.Hosting;

/// <summary>The HTTP API: JSON, ProblemDetails, authentication, rate limits, OpenAPI and the endpoint groups.</summary>
internal static class ApiSetup
{
    public static WebApplicationBuilder AddServiceBotApi(this WebApplicationBuilder builder)
    {
        var api = builder.Configuration.GetSection(ApiOptions.SectionName).Get<ApiOptions>() ?? new ApiOptions();
        builder.Services.AddOptions<ApiOptions>().BindConfiguration(ApiOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = api.MaxRequestBodyBytes);
        builder.Services.Configure<JsonOptions>(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
            o.SerializerOptions.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        });
        builder.Services.AddServiceBotProblemDetails();
        builder.Services.AddServiceBotAuthentication(api);
        builder.Services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(AuthEndpoints.LoginRateLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = api.LoginAttemptsPerMinute, Window = TimeSpan.FromMinutes(1) }));
        });
        builder.Services.AddOpenApi();
        return builder;
    }

    public static WebApplication UseServiceBotApi(this WebApplication app)
    {
        app.UseServiceBotProblemDetails();
        app.UseAuthentication();
        app.UseMiddleware<CurrentUserMiddleware>();
        app.UseRateLimiter();
        app.UseAuthorization();

        app.MapOpenApi();
        app.MapHealthEndpoints();
        app.MapAuthEndpoints();
        app.MapCaseEndpoints();
        app.MapCaseAttachmentEndpoints();
        app.MapBureauEndpoints();
        app.MapAccountEndpoints();
        app.MapCalendarEndpoints();
        app.MapTriageEndpoints();
        app.MapPolicyEndpoints();
        return app;
    }
}
