using MediatR;
using Microsoft.Extensions.Options;
using ServiceBot.Application.Cases.Common;
using ServiceBot.Application.Cases.GetCase;
using ServiceBot.Application.Cases.ListCases;
using ServiceBot.Application.Common.Security;
using ServiceBot.Dialogs.Engine.Texts;
using ServiceBot.Dialogs.Flows.Common;
using ServiceBot.Dialogs.Turns;
using ServiceBot.Domain.Cases;
using ServiceBot.Domain.Users;

namespace ServiceBot.Dialogs.Flows.MyCases;

/// <summary>
/// How the user's cases are shown: the open ones with state, bureau, answer deadline and traffic light; one case in
/// detail with its clocks, what is asked of the user, and its timeline. Only cases the user may see are ever read
/// (the case queries apply the account's visibility).
/// </summary>
internal sealed class CaseProgress(IMediator mediator, ICurrentUser currentUser, IOptions<DialogOptions> options)
{
    private static TextCatalog Texts => MyCasesTexts.Catalog;

    public bool HasAccount => currentUser.Actor is { Role: Role.EnterpriseUser };

    /// <summary>The user's open cases, newest first, at most <see cref="DialogOptions.MaxListedCases"/>.</summary>
    public async Task<IReadOnlyList<CaseDetail>> OpenCasesAsync(CancellationToken cancellationToken)
    {
        if (!HasAccount)
        {
            return [];
        }

        var listed = await mediator.Send(new ListCasesQuery(PageSize: 50), cancellationToken).ConfigureAwait(false);
        if (!listed.IsSuccess)
        {
            return [];
        }

        var open = new List<CaseDetail>();
        // Numbers grow with time and break the ties of cases submitted in the same instant.
        var newestFirst = listed.Value.Items
            .Where(c => c.State is not (CaseState.Closed or CaseState.Withdrawn or CaseState.Merged))
            .OrderByDescending(c => c.SubmittedAt)
            .ThenByDescending(c => c.Number, StringComparer.Ordinal)
            .Take(options.Value.MaxListedCases);
        foreach (var summary in newestFirst)
        {
            if (await mediator.Send(new GetCaseQuery(summary.Number), cancellationToken).ConfigureAwait(false) is { IsSuccess: true } detail)
            {
                open.Add(detail.Value);
            }
        }

        return open;
    }

    public async Task<CaseDetail?> FindAsync(string number, CancellationToken cancellationToken) =>
        HasAccount && await mediator.Send(new GetCaseQuery(number), cancellationToken).ConfigureAwait(false) is { IsSuccess: true } found ? found.Value : null;

    public static Reply List(IReadOnlyList<CaseDetail> cases)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var lines = new List<string> { Texts.Format("ListIntro", cases.Count) };
        for (var i = 0; i < cases.Count; i++)
        {
            lines.Add(Texts.Format("ListLine", i + 1, cases[i].Number, cases[i].Title, cases[i].StateName) + Extras(cases[i]));
        }

        return Reply.Say(string.Join("\n", lines));
    }

    /// <summary>One case: a short text, a card with its facts and timeline, and the buttons for what the user can do now.</summary>
    public static Reply Details(CaseDetail c)
    {
        ArgumentNullException.ThrowIfNull(c);
        var text = new List<string> { Texts.Format("Summary", c.Number, c.Title, c.StateName) };
        var answer = CaseClocks.Current(c, ClockKind.Answer);
        if (c.LeadBureau is { } lead)
        {
            text.Add(Texts.Format("SummaryBureau", lead.Name));
        }

        if (c.PendingInformationRequest is { } question && c.State == CaseState.AwaitingInformation)
        {
            text.Add(Texts.Format("SummaryAwaiting", question));
        }
        else if (c.State == CaseState.Answered && CaseClocks.DueDate(c, ClockKind.Evaluation) is { } evaluateBy)
        {
            text.Add(Texts.Format("SummaryAnswered", evaluateBy));
        }
        else if (answer is { Status: ClockStatus.Running or ClockStatus.Paused })
        {
            text.Add(Texts.Format("SummaryDue", ChineseDate.Format(answer.DueDate)));
        }

        var card = new AdaptiveCard()
            .Title(Texts.Format("DetailTitle", c.Number))
            .Text(c.Title)
            .Facts(
                (Texts["DetailState"], c.StateName),
                (Texts["DetailBureau"], c.LeadBureau?.Name ?? Texts["DetailBureauNone"]),
                (Texts["DetailSubmitted"], ChineseDate.Format(c.SubmittedAt)),
                (Texts["DetailSignFor"], CaseClocks.DueDate(c, ClockKind.SignFor)),
                (Texts["DetailAnswer"], answer is null ? null : ChineseDate.Format(answer.DueDate)),
                (Texts["DetailLight"], answer is { Status: ClockStatus.Running } ? answer.LightName : null),
                (Texts["DetailEvaluation"], c.State == CaseState.Answered ? CaseClocks.DueDate(c, ClockKind.Evaluation) : null))
            .Text(c.Answer is null ? null : Texts.Format("DetailAnswerText", c.Answer))
            .Text(Texts["DetailTimeline"]);
        foreach (var entry in c.Timeline.TakeLast(8))
        {
            card.Text(Texts.Format("TimelineLine", ChineseDate.Format(entry.At), entry.Label, entry.Note is { Length: > 0 } note ? "：" + Shorten(note) : string.Empty), subtle: true);
        }

        return Reply.Say(string.Join("", text)).WithCard(card.ToJson()).WithActions([.. Actions(c)]);
    }

    private static IEnumerable<SuggestedAction> Actions(CaseDetail c)
    {
        var permitted = c.PermittedActions.Select(a => a.Name).ToHashSet(StringComparer.Ordinal);
        if (permitted.Contains(CaseActionNames.ToName(CaseTrigger.SupplyInformation)))
        {
            yield return Action("ActionSupply", c.Number);
        }

        if (permitted.Contains(CaseActionNames.ToName(CaseTrigger.Evaluate)))
        {
            yield return Action("ActionEvaluate", c.Number);
        }

        if (permitted.Contains(CaseActionNames.ToName(CaseTrigger.Withdraw)))
        {
            yield return Action("ActionWithdraw", c.Number);
        }
    }

    private static SuggestedAction Action(string key, string number)
    {
        var text = Texts.Format(key, number);
        return new SuggestedAction(text[..text.IndexOf(' ', StringComparison.Ordinal)], text);
    }

    private static string Extras(CaseDetail c)
    {
        var extras = c.LeadBureau is { } lead ? Texts.Format("ListBureau", lead.Name) : string.Empty;
        if (CaseClocks.Current(c, ClockKind.Answer) is { Status: ClockStatus.Running or ClockStatus.Paused } answer)
        {
            extras += Texts.Format("ListDue", ChineseDate.Format(answer.DueDate));
            extras += Texts.Format("ListLight", answer.LightName);
        }

        return extras;
    }

    private static string Shorten(string note) => note.Length <= 40 ? note : note[..40] + "…";
}
