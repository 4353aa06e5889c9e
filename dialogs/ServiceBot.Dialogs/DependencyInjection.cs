using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ServiceBot.Dialogs.Echo;
using ServiceBot.Dialogs.Turns;

namespace ServiceBot.Dialogs;

public static class DependencyInjection
{
    /// <summary>
    /// The conversation side of the bot: the one <see cref="ITurnHandler"/> the channel layer calls for every turn —
    /// the dialogs, or the echo handler when <see cref="DialogOptions.EchoOnly"/> is set.
    /// </summary>
    public static IServiceCollection AddDialogs(this IServiceCollection services)
    {
        services.AddOptions<DialogOptions>().BindConfiguration(DialogOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<EchoTurnHandler>();
        services.AddScoped<ITurnHandler>(sp => sp.GetRequiredService<IOptions<DialogOptions>>().Value.EchoOnly ? sp.GetRequiredService<EchoTurnHandler>() : Dialogs(sp));
        return services;
    }

    /// <summary>The conversation proper. Until the dialog engine lands, the echo handler stands in for it.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1859:Use concrete types when possible", Justification = "The seam returns the interface: the dialog engine replaces the stand-in here.")]
    private static ITurnHandler Dialogs(IServiceProvider services) => services.GetRequiredService<EchoTurnHandler>();
}
