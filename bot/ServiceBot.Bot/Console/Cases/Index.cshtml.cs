using MediatR;
using Microsoft.AspNetCore.Mvc;
using ServiceBot.Application.Bureaus;
using ServiceBot.Application.Bureaus.ListBureaus;
using ServiceBot.Application.Cases.SearchCases;
using ServiceBot.Application.Common.Paging;
using ServiceBot.Bot.Console.Shared;
using ServiceBot.Domain.Bureaus;

namespace ServiceBot.Bot.Console.Cases;

/// <summary>
/// Case lists: for bureau staff and heads the inbox of their bureau's cases (lead and co-handled), most pressing
/// first; for the coordinator office and leaders every case, filtered; and the target of every cockpit drill-down.
/// </summary>
public sealed class IndexModel(IMediator mediator) : ConsolePage(mediator)
{
    [BindProperty(SupportsGet = true)]
    public CaseFilters Filters { get; set; } = new();

    public PagedList<CaseListItem>? Cases { get; private set; }

    public IReadOnlyList<BureauView> Bureaus { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var result = await Mediator.Send(Filters.ToQuery(), cancellationToken);
        if (!result.IsSuccess)
        {
            return Fail(result.Error!);
        }

        Cases = result.Value;
        var bureaus = await Mediator.Send(new ListBureausQuery(IncludeInactive: true), cancellationToken);
        Bureaus = bureaus.IsSuccess ? bureaus.Value.Where(b => b.Kind == BureauKind.ResponsibleUnit).ToList() : [];
        return Page();
    }
}
