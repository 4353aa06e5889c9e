using MediatR;
using Microsoft.AspNetCore.Mvc;
using ServiceBot.Application.Deadlines.GetDeadlineSettings;
using ServiceBot.Bot.Console.Shared;
using ServiceBot.Domain.Sla;

namespace ServiceBot.Bot.Console.Settings;

/// <summary>时限规则: the deadline, warning and escalation rules in force (changed in the deployment's configuration).</summary>
public sealed class IndexModel(IMediator mediator) : ConsolePage(mediator)
{
    public SlaPolicy? Policy { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var result = await Mediator.Send(new GetDeadlineSettingsQuery(), cancellationToken);
        if (!result.IsSuccess)
        {
            return Fail(result.Error!);
        }

        Policy = result.Value;
        return Page();
    }
}
