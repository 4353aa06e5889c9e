using MediatR;
using Microsoft.AspNetCore.Mvc;
using ServiceBot.Application.Cockpit.Common;
using ServiceBot.Application.Cockpit.GetBureauRanking;
using ServiceBot.Application.Cockpit.GetCockpitOverview;
using ServiceBot.Bot.Console.Shared;

namespace ServiceBot.Bot.Console.Cockpit;

/// <summary>月报: the month's report, laid out for printing, and the same figures as a CSV download.</summary>
public sealed class ReportModel(IMediator mediator) : ConsolePage(mediator)
{
    [BindProperty(SupportsGet = true)]
    public string? Period { get; set; }

    public BureauRanking? Ranking { get; private set; }

    public CockpitOverview? Overview { get; private set; }

    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var ranking = await Mediator.Send(new GetBureauRankingQuery(MonthOnly(Period)), cancellationToken);
        if (!ranking.IsSuccess)
        {
            return Fail(ranking.Error!);
        }

        var overview = await Mediator.Send(new GetCockpitOverviewQuery(), cancellationToken);
        if (!overview.IsSuccess)
        {
            return Fail(overview.Error!);
        }

        (Ranking, Overview) = (ranking.Value, overview.Value);
        Today = DateOnly.FromDateTime(Ranking.TakenAt.DateTime);
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        var ranking = await Mediator.Send(new GetBureauRankingQuery(MonthOnly(Period)), cancellationToken);
        return ranking.IsSuccess
            ? File(MonthlyReportCsv.Write(ranking.Value), "text/csv; charset=utf-8", $"三服务月报-{ranking.Value.Period.Key}.csv")
            : Fail(ranking.Error!);
    }

    /// <summary>A monthly report is of a month; a quarter or year chosen elsewhere means its last month.</summary>
    private static string? MonthOnly(string? period) => ReportPeriod.TryParse(period, out var p) ? p.Months()[^1].Key : period;
}
