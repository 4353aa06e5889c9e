using MediatR;
using ServiceBot.Application.Cases.ListCaseQueue;
using ServiceBot.Bot.Console.Shared;

namespace ServiceBot.Bot.Console.Rulings;

/// <summary>The coordinator's rulings: returns and extensions waiting for a decision.</summary>
public sealed class IndexModel(IMediator mediator) : CaseQueuePage(mediator)
{
    protected override ListCaseQueueQuery Query => new(WorkList.Rulings, Text, Page: PageNumber);
}
