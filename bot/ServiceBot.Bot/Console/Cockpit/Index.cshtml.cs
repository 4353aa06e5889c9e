using MediatR;
using Microsoft.AspNetCore.Mvc;
using ServiceBot.Application.Cases.SearchCases;
using ServiceBot.Application.Cockpit.GetCockpitOverview;
using ServiceBot.Application.Common.Paging;
using ServiceBot.Bot.Console.Shared;
using ServiceBot.Domain.Sla;

namespace ServiceBot.Bot.Console.Cockpit;

/// <summary>
/// The leaders' cockpit: live counts of open cases by state, bureau, category and town, the light counts (each
/// leading to its list: red, yellow, blue) and the most pressing red cases.
/// </summary>
public sealed class IndexModel(IMediator mediator) : ConsolePage(mediator)
{
    private const int ListSize = 8;

    public CockpitOverview? Overview { get; private set; }

    public PagedList<CaseListItem>? RedCases { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var overview = await Mediator.Send(new GetCockpitOverviewQuery(), cancellationToken);
        if (!overview.IsSuccess)
        {
            return Fail(overview.Error!);
        }

        Overview = overview.Value;
        var red = await Mediator.Send(new SearchCasesQuery(Light: TrafficLight.Red, PageSize: ListSize), cancellationToken);
        if (!red.IsSuccess)
        {
            return Fail(red.Error!);
        }

        RedCases = red.Value;
        return Page();
    }
}
