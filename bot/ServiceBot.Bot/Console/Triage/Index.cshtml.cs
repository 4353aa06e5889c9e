using MediatR;
using ServiceBot.Application.Cases.ListCaseQueue;
using ServiceBot.Bot.Console.Shared;

namespace ServiceBot.Bot.Console.Triage;

/// <summary>The coordinator's triage queue: new cases waiting to be dispatched, oldest first, with triage's proposed bureau.</summary>
public sealed class IndexModel(IMediator mediator) : CaseQueuePage(mediator)
{
    protected override ListCaseQueueQuery Query => new(WorkList.Triage, Text, Page: PageNumber);
}
