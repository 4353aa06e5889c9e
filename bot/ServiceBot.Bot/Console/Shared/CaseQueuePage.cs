using MediatR;
using Microsoft.AspNetCore.Mvc;
using ServiceBot.Application.Cases.ListCaseQueue;
using ServiceBot.Application.Cases.SearchCases;
using ServiceBot.Application.Common.Paging;

namespace ServiceBot.Bot.Console.Shared;

/// <summary>A fixed case list (a work queue): one search, paged and searchable.</summary>
public abstract class CaseQueuePage(IMediator mediator) : ConsolePage(mediator)
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Text { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public PagedList<CaseListItem>? Cases { get; private set; }

    protected abstract ListCaseQueueQuery Query { get; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var result = await Mediator.Send(Query, cancellationToken);
        if (!result.IsSuccess)
        {
            return Fail(result.Error!);
        }

        Cases = result.Value;
        return Page();
    }
}
