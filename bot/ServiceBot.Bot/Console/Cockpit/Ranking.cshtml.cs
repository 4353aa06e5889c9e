using MediatR;
using Microsoft.AspNetCore.Mvc;
using ServiceBot.Application.Cockpit.GetBureauRanking;
using ServiceBot.Bot.Console.Shared;

namespace ServiceBot.Bot.Console.Cockpit;

/// <summary>单位考核: every bureau's figures for a month, quarter or year, the weighted score and the ranking (赛马).</summary>
public sealed class RankingModel(IMediator mediator) : ConsolePage(mediator)
{
    [BindProperty(SupportsGet = true)]
    public string? Period { get; set; }

    public BureauRanking? Ranking { get; private set; }

    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var result = await Mediator.Send(new GetBureauRankingQuery(Period), cancellationToken);
        if (!result.IsSuccess)
        {
            return Fail(result.Error!);
        }

        Ranking = result.Value;
        Today = DateOnly.FromDateTime(Ranking.TakenAt.DateTime);
        return Page();
    }
}
