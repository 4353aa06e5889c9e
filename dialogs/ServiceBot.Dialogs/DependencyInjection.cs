using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ServiceBot.Dialogs.Echo;
using ServiceBot.Dialogs.Engine;
using ServiceBot.Dialogs.Engine.Interruptions;
using ServiceBot.Dialogs.Flows.Common;
using ServiceBot.Dialogs.Flows.Evaluate;
using ServiceBot.Dialogs.Flows.Handoff;
using ServiceBot.Dialogs.Flows.Interruptions;
using ServiceBot.Dialogs.Flows.MyCases;
using ServiceBot.Dialogs.Flows.PolicyQuestion;
using ServiceBot.Dialogs.Flows.Profile;
using ServiceBot.Dialogs.Flows.ReportProblem;
using ServiceBot.Dialogs.Flows.Routing;
using ServiceBot.Dialogs.Flows.Supplement;
using ServiceBot.Dialogs.Flows.Withdraw;
using ServiceBot.Dialogs.Turns;

namespace ServiceBot.Dialogs;

public static class DependencyInjection
{
    /// <summary>
    /// The conversation side of the bot: the one <see cref="ITurnHandler"/> the channel layer calls for every turn —
    /// the dialogs, or the echo handler when <see cref="DialogOptions.EchoOnly"/> is set. Everything is scoped: a turn
    /// runs in its own scope, as the account linked to its conversation.
    /// </summary>
    public static IServiceCollection AddDialogs(this IServiceCollection services)
    {
        services.AddOptions<DialogOptions>().BindConfiguration(DialogOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<EchoTurnHandler>();
        services.AddScoped<DialogTurnHandler>();
        services.AddScoped<ITurnHandler>(sp => sp.GetRequiredService<IOptions<DialogOptions>>().Value.EchoOnly
            ? sp.GetRequiredService<EchoTurnHandler>()
            : sp.GetRequiredService<DialogTurnHandler>());

        services.AddScoped<DialogEngine>();
        services.AddScoped<Router>();
        services.AddScoped<FlowStarts>();
        services.AddScoped<HandoffService>();
        services.AddScoped<CaseFiles>();
        services.AddScoped<CaseIntake>();
        services.AddScoped<CaseProgress>();

        // The flows (each with the prompts it owns) in the order nothing depends on.
        services.AddScoped<Dialog, ProfileDialog>();
        services.AddScoped<Dialog, ReportProblemDialog>();
        services.AddScoped<Dialog, PolicyQuestionDialog>();
        services.AddScoped<Dialog, MyCasesDialog>();
        services.AddScoped<Dialog, SupplementDialog>();
        services.AddScoped<Dialog, EvaluateDialog>();
        services.AddScoped<Dialog, WithdrawDialog>();
        services.AddScoped<Dialog, ClarifyDialog>();

        // Interruptions are tried in this order; the first that matches handles the message.
        services.AddScoped<IInterruption, HandoffInterruption>();
        services.AddScoped<IInterruption, CancelInterruption>();
        services.AddScoped<IInterruption, RestartInterruption>();
        services.AddScoped<IInterruption, HelpInterruption>();
        services.AddScoped<IInterruption, CaseCommandInterruption>();
        services.AddScoped<IInterruption, ProgressInterruption>();
        return services;
    }
}
