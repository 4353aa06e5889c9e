using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using ServiceBot.Bot.Channels.BotFramework;
using ServiceBot.Bot.Channels.DirectLine;
using ServiceBot.Bot.Channels.Turns;
using ServiceBot.Bot.Channels.WebChat;
using ServiceBot.Infrastructure.Deliveries;

namespace ServiceBot.Bot.Channels;

/// <summary>The channels: the Bot Framework endpoint, the built-in Direct Line, the Web Chat page, turn processing and chat deliveries.</summary>
internal static partial class ChannelsSetup
{
    public static WebApplicationBuilder AddServiceBotChannels(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<ChannelOptions>().BindConfiguration(ChannelOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<DirectLineOptions>().BindConfiguration(DirectLineOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<BotFrameworkOptions>().BindConfiguration(BotFrameworkOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();

        services.AddHttpClient(ConnectorTokenProvider.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(15));
        services.AddSingleton<ConnectorTokenProvider>();
        services.AddSingleton<ConnectorClient>();
        services.AddSingleton<ChannelAuthenticator>();

        services.AddSingleton<DirectLineTokens>();
        services.AddSingleton<AttachmentLinks>();
        services.AddSingleton<DirectLineHub>();
        services.AddSingleton<DirectLineStream>();

        services.AddSingleton<AttachmentRules>();
        services.AddSingleton<InboundLimits>();
        services.AddSingleton<UserRateLimiter>();
        services.AddSingleton<TurnSignals>();
        services.AddSingleton<TurnRunner>();
        services.AddScoped<TurnAttachments>();
        services.AddScoped<IDeliverySender, ConversationDeliverySender>();
        services.AddHostedService<TurnSweeper>();

        services.Configure<RateLimiterOptions>(o => o.AddPolicy(ChannelRateLimits.PerAddress, context => RateLimitPartition.GetFixedWindowLimiter(
            context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = context.RequestServices.GetRequiredService<IOptions<ChannelOptions>>().Value.TokensPerAddressPerMinute,
                Window = TimeSpan.FromMinutes(1),
            })));
        return builder;
    }

    public static WebApplication UseServiceBotChannels(this WebApplication app)
    {
        var directLine = app.Services.GetRequiredService<IOptions<DirectLineOptions>>().Value;
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = directLine.KeepAliveInterval });
        app.UseDefaultFiles();
        app.UseStaticFiles(new StaticFileOptions
        {
            // The Web Chat bundle is large and changes only with its version; the page and its script are small and revalidated.
            OnPrepareResponse = context => context.Context.Response.Headers.CacheControl =
                context.Context.Request.Path.StartsWithSegments("/lib") ? "public, max-age=86400" : "no-cache",
        });

        app.MapBotFrameworkEndpoints();
        app.MapDirectLineEndpoints();
        app.MapWebChatEndpoints();

        if (!app.Services.GetRequiredService<IOptions<BotFrameworkOptions>>().Value.IsAuthenticationEnabled)
        {
            LogAnonymousBotFramework(app.Logger);
        }

        if (string.IsNullOrEmpty(directLine.Secret))
        {
            LogNoDirectLineSecret(app.Logger);
        }

        return app;
    }

    [LoggerMessage(EventId = 440, Level = LogLevel.Warning,
        Message = "BotFramework:MicrosoftAppId is not configured: /api/messages accepts unauthenticated activities (fine for the Emulator and local tests, not for a public deployment)")]
    private static partial void LogAnonymousBotFramework(ILogger logger);

    [LoggerMessage(EventId = 441, Level = LogLevel.Warning,
        Message = "DirectLine:Secret is not configured: only the built-in page can get Direct Line tokens, and they stop working when this process restarts")]
    private static partial void LogNoDirectLineSecret(ILogger logger);
}
