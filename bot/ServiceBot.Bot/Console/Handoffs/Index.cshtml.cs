using MediatR;
using Microsoft.AspNetCore.Mvc;
using ServiceBot.Application.Common.Paging;
using ServiceBot.Application.Conversations.Handoffs;
using ServiceBot.Application.Conversations.Handoffs.ListHandoffs;
using ServiceBot.Bot.Console.Shared;

namespace ServiceBot.Bot.Console.Handoffs;

/// <summary>
/// 转人工: the conversations waiting for a person (longest waiting first), then the ones being served; the ended ones
/// on request. Each row opens the conversation page, where the staff member accepts, replies and closes.
/// </summary>
public sealed class IndexModel(IMediator mediator, TimeProvider time) : ConsolePage(mediator)
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Text { get; set; }

    /// <summary>Empty for the open ones (the queue); one status otherwise.</summary>
    [BindProperty(SupportsGet = true, Name = "status")]
    public HandoffStatus? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public PagedList<HandoffView>? Handoffs { get; private set; }

    public DateTimeOffset Now { get; } = time.GetUtcNow();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var result = await Mediator.Send(new ListHandoffsQuery(Status, Text, PageNumber), cancellationToken);
        if (!result.IsSuccess)
        {
            return Fail(result.Error!);
        }

        Handoffs = result.Value;
        return Page();
    }
}
