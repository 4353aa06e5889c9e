using MediatR;
using Microsoft.AspNetCore.Mvc;
using ServiceBot.Application.Cases.ListCaseQueue;
using ServiceBot.Bot.Console.Shared;
using ServiceBot.Infrastructure.Identity;

namespace ServiceBot.Bot.Console.Escalated;

/// <summary>Open cases raised to the county leaders (提级), waiting for instructions (批示); a leader can narrow to the cases raised to them.</summary>
public sealed class IndexModel(IMediator mediator) : CaseQueuePage(mediator)
{
    [BindProperty(SupportsGet = true)]
    public bool Mine { get; set; }

    /// <summary>The leader the signed-in account stands for, if any.</summary>
    public string? LeaderCode => User.FindFirst(ServiceBotClaims.Leader)?.Value;

    protected override ListCaseQueueQuery Query => new(WorkList.Escalated, Text, Mine ? LeaderCode : null, PageNumber);
}
