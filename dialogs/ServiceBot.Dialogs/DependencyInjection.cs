using Microsoft.Extensions.DependencyInjection;
using ServiceBot.Dialogs.Echo;
using ServiceBot.Dialogs.Turns;

namespace ServiceBot.Dialogs;

public static class DependencyInjection
{
    /// <summary>The conversation side of the bot: the one <see cref="ITurnHandler"/> the channel layer calls for every turn.</summary>
    public static IServiceCollection AddDialogs(this IServiceCollection services)
    {
        services.AddScoped<ITurnHandler, EchoTurnHandler>();
        return services;
    }
}
