using MediatR;
using Microsoft.AspNetCore.Mvc;
using ServiceBot.Application.Common.Paging;
using ServiceBot.Application.Enterprises.ListKeyEnterprises;
using ServiceBot.Bot.Console.Shared;
using ServiceBot.Infrastructure.Identity;

namespace ServiceBot.Bot.Console.KeyEnterprises;

/// <summary>县领导联系重点企业: the key enterprises (the signed-in leader's by default) and their open and overdue cases.</summary>
public sealed class IndexModel(IMediator mediator) : ConsolePage(mediator)
{
    [BindProperty(SupportsGet = true)]
    public bool All { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Text { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public string? LeaderCode => User.FindFirst(ServiceBotClaims.Leader)?.Value;

    public PagedList<KeyEnterpriseView>? Enterprises { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var result = await Mediator.Send(new ListKeyEnterprisesQuery(All ? null : LeaderCode, Text, PageNumber), cancellationToken);
        if (!result.IsSuccess)
        {
            return Fail(result.Error!);
        }

        Enterprises = result.Value;
        return Page();
    }
}
