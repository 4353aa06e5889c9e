using MediatR;
using Microsoft.AspNetCore.Mvc;
using ServiceBot.Application.Common.Paging;
using ServiceBot.Application.CountyLeaders;
using ServiceBot.Application.CountyLeaders.ListCountyLeaders;
using ServiceBot.Application.Enterprises.AssignContactLeader;
using ServiceBot.Application.Enterprises.ListKeyEnterprises;
using ServiceBot.Bot.Console.Shared;
using ServiceBot.Domain.Common;
using ServiceBot.Domain.Users;
using ServiceBot.Infrastructure.Identity;

namespace ServiceBot.Bot.Console.KeyEnterprises;

/// <summary>
/// 县领导联系重点企业: the key enterprises (the signed-in leader's by default) and their open and overdue cases; the
/// coordinator's office keeps the list (which leader keeps in touch with which enterprise).
/// </summary>
public sealed class IndexModel(IMediator mediator) : ConsolePage(mediator)
{
    [BindProperty(SupportsGet = true)]
    public bool All { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Text { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public string? LeaderCode => User.FindFirst(ServiceBotClaims.Leader)?.Value;

    public bool KeepsTheList => Me?.Role == Role.Coordinator;

    public PagedList<KeyEnterpriseView>? Enterprises { get; private set; }

    public IReadOnlyList<CountyLeaderView> Leaders { get; private set; } = [];

    public string? AssignError { get; private set; }

    public string? TypedCreditCode { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    /// <summary>Assigns <paramref name="leaderCode"/> to the enterprise, or with none takes it off the list.</summary>
    public async Task<IActionResult> OnPostAsync(string? creditCode, string? leaderCode, CancellationToken cancellationToken)
    {
        var assigned = await Mediator.Send(new AssignContactLeaderCommand(creditCode?.Trim().ToUpperInvariant() ?? string.Empty, leaderCode), cancellationToken);
        if (assigned.IsSuccess)
        {
            Flash = string.IsNullOrWhiteSpace(leaderCode) ? $"已将“{assigned.Value}”移出重点企业。" : $"已设定“{assigned.Value}”的联系县领导。";
            return Redirect("/console/keyenterprises?all=true");
        }

        if (assigned.Error!.Kind == ErrorKind.Forbidden)
        {
            return Fail(assigned.Error);
        }

        (AssignError, TypedCreditCode, All) = (assigned.Error.Message, creditCode, true);
        var page = await LoadAsync(cancellationToken);
        Response.StatusCode = StatusOf(assigned.Error.Kind).Status;
        return page;
    }

    private async Task<IActionResult> LoadAsync(CancellationToken cancellationToken)
    {
        var result = await Mediator.Send(new ListKeyEnterprisesQuery(All ? null : LeaderCode, Text, PageNumber), cancellationToken);
        if (!result.IsSuccess)
        {
            return Fail(result.Error!);
        }

        Enterprises = result.Value;
        if (KeepsTheList)
        {
            var leaders = await Mediator.Send(new ListCountyLeadersQuery(), cancellationToken);
            Leaders = leaders.IsSuccess ? leaders.Value : [];
        }

        return Page();
    }
}
