using MediatR;
using Microsoft.AspNetCore.Mvc;
using ServiceBot.Application.Cases.SearchCases;
using ServiceBot.Application.Cockpit.GetCockpitOverview;
using ServiceBot.Application.Common.Paging;
using ServiceBot.Bot.Console.Shared;
using ServiceBot.Domain.Sla;

namespace ServiceBot.Bot.Console.Cockpit;

/// <summary>The leaders' cockpit: live counts of open cases by state, bureau, category and town, and the red, yellow and blue lists.</summary>
public sealed class IndexModel(IMediator mediator) : ConsolePage(mediator)
{
    private const int ListSize = 8;

    public CockpitOverview? Overview { get; private set; }

    public IReadOnlyDictionary<TrafficLight, PagedList<CaseListItem>> Lists { get; private set; } = new Dictionary<TrafficLight, PagedList<CaseListItem>>();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var overview = await Mediator.Send(new GetCockpitOverviewQuery(), cancellationToken);
        if (!overview.IsSuccess)
        {
            return Fail(overview.Error!);
        }

        Overview = overview.Value;
        var lists = new Dictionary<TrafficLight, PagedList<CaseListItem>>();
        foreach (var light in new[] { TrafficLight.Red, TrafficLight.Yellow, TrafficLight.Blue })
        {
            var list = await Mediator.Send(new SearchCasesQuery(Light: light, PageSize: ListSize), cancellationToken);
            if (!list.IsSuccess)
            {
                return Fail(list.Error!);
            }

            lists[light] = list.Value;
        }

        Lists = lists;
        return Page();
    }
}
