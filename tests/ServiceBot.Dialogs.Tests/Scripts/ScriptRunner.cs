using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using ServiceBot.Application.Cases.AnswerCase;
using ServiceBot.Application.Cases.DispatchCase;
using ServiceBot.Application.Cases.GetCase;
using ServiceBot.Application.Cases.RequestInformation;
using ServiceBot.Application.Cases.SignForCase;
using ServiceBot.Application.Conversations.Handoffs.AcceptHandoff;
using ServiceBot.Application.Conversations.Handoffs.CloseHandoff;
using ServiceBot.Application.Conversations.Handoffs.GetOpenHandoff;
using ServiceBot.Application.Conversations.Handoffs.ReplyToHandoff;
using ServiceBot.Dialogs.Tests.Support;
using ServiceBot.Dialogs.Turns;
using ServiceBot.Domain.Common;
using ServiceBot.Domain.Users;
using ServiceBot.Testing;

namespace ServiceBot.Dialogs.Tests.Scripts;

/// <summary>Replays a <see cref="ConversationScript"/> against the dialogs in process and checks every expectation.</summary>
internal sealed class ScriptRunner(ChatHarness chat, Action<string> log)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { ReadCommentHandling = JsonCommentHandling.Skip };

    public static ConversationScript Load(string name) =>
        JsonSerializer.Deserialize<ConversationScript>(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Scripts", name + ".json")), Json)
        ?? throw new InvalidOperationException($"Script {name} is empty.");

    public async Task RunAsync(ConversationScript script)
    {
        var conversation = await chat.NewConversationAsync().ConfigureAwait(false);
        for (var i = 0; i < script.Steps.Count; i++)
        {
            var step = script.Steps[i];
            var where = $"step {i + 1} ({step.User ?? step.Staff ?? (step.Join ? "join" : step.Advance ?? "check")})";
            var replies = await ActAsync(conversation, step, where).ConfigureAwait(false);
            log($"» {where}");
            foreach (var reply in replies)
            {
                log($"  « {reply.Text}" + (reply.AdaptiveCards.Count > 0 ? " [card]" : string.Empty)
                    + (reply.SuggestedActions.Count > 0 ? $" [{string.Join(" | ", reply.SuggestedActions.Select(a => a.Title))}]" : string.Empty));
            }

            if (step.Expect is { } expect)
            {
                var caseNumber = await chat.LatestCaseAsync(conversation).ConfigureAwait(false);
                CheckReplies(expect, replies, caseNumber, where);
            }

            if (step.Case is { } expected)
            {
                await CheckCaseAsync(conversation, expected, where).ConfigureAwait(false);
            }
        }
    }

    private async Task<IReadOnlyList<Reply>> ActAsync(string conversation, ScriptStep step, string where)
    {
        if (step.Join)
        {
            return await chat.JoinAsync(conversation).ConfigureAwait(false);
        }

        if (step.Advance is { } advance)
        {
            chat.Services.Clock.Advance(TimeSpan.Parse(advance, CultureInfo.InvariantCulture));
            return [];
        }

        if (step.Staff is { } handoffAction && handoffAction.EndsWith("-handoff", StringComparison.Ordinal))
        {
            return await HandoffStaffAsync(handoffAction, conversation, step.Text, where).ConfigureAwait(false);
        }

        var caseNumber = await chat.LatestCaseAsync(conversation).ConfigureAwait(false);
        if (step.Staff is { } action)
        {
            var done = await StaffAsync(action, caseNumber ?? throw new InvalidOperationException($"{where}: no case to act on."), step).ConfigureAwait(false);
            Assert.True(done.IsSuccess, $"{where}: {action} failed: {done.Error?.Code} {done.Error?.Message}");
            return [];
        }

        var text = step.User is null ? null : Substitute(step.User, caseNumber);
        return step.Files is { Count: > 0 } files
            ? await chat.SendFilesAsync(conversation, files, text).ConfigureAwait(false)
            : text is null ? [] : await chat.SayAsync(conversation, text).ConfigureAwait(false);
    }

    private async Task<Result> StaffAsync(string action, string caseNumber, ScriptStep step)
    {
        var detail = await chat.Services.SendAsync(TestActors.Coordinator, new GetCaseQuery(caseNumber)).ConfigureAwait(false);
        var bureau = detail.Value.LeadBureau?.Code ?? step.Bureau ?? TestActors.LeadBureau;
        var staff = new Actor($"u-staff-{bureau}", $"{bureau}经办人", Role.BureauStaff, bureau);
        return action switch
        {
            "dispatch" => await chat.Services.SendAsync(TestActors.Coordinator, new DispatchCaseCommand(caseNumber, step.Bureau ?? TestActors.LeadBureau, [], false)).ConfigureAwait(false),
            "sign-for" => await chat.Services.SendAsync(staff, new SignForCaseCommand(caseNumber)).ConfigureAwait(false),
            "request-information" => await chat.Services.SendAsync(staff, new RequestInformationCommand(caseNumber, step.Text ?? "请补充材料")).ConfigureAwait(false),
            "answer" => await chat.Services.SendAsync(staff, new AnswerCaseCommand(caseNumber, step.Text ?? "已办理。")).ConfigureAwait(false),
            _ => throw new InvalidOperationException($"Unknown staff action {action}."),
        };
    }

    /// <summary>
    /// The coordinator office acts on the conversation's open handoff; what it sends into the chat (queued for
    /// delivery, as proactive messages are) is the step's replies.
    /// </summary>
    private async Task<IReadOnlyList<Reply>> HandoffStaffAsync(string action, string conversation, string? text, string where)
    {
        var open = await chat.Services.SendAsync(null, new GetOpenHandoffQuery(conversation)).ConfigureAwait(false);
        Assert.True(open.IsSuccess, $"{where}: no open handoff.");
        var handoff = open.Value.Id;
        var before = (await QueuedChatMessages.ForAsync(chat.Services.Services, conversation).ConfigureAwait(false)).Count;
        var done = action switch
        {
            "accept-handoff" => await chat.Services.SendAsync(TestActors.Coordinator, new AcceptHandoffCommand(handoff)).ConfigureAwait(false),
            "reply-handoff" => await chat.Services.SendAsync(TestActors.Coordinator, new ReplyToHandoffCommand(handoff, text ?? "您好，请讲。")).ConfigureAwait(false),
            "close-handoff" => await chat.Services.SendAsync(TestActors.Coordinator, new CloseHandoffCommand(handoff)).ConfigureAwait(false),
            _ => throw new InvalidOperationException($"Unknown staff action {action}."),
        };
        Assert.True(done.IsSuccess, $"{where}: {action} failed: {done.Error?.Code} {done.Error?.Message}");
        var sent = await QueuedChatMessages.ForAsync(chat.Services.Services, conversation).ConfigureAwait(false);
        return sent.Skip(before)
            .Select(q => Reply.Say(q.Message.Text).WithActions([.. q.Message.Actions.Select(a => new SuggestedAction(a.Title, a.Value))]))
            .ToList();
    }

    private static void CheckReplies(ReplyExpectation expect, IReadOnlyList<Reply> replies, string? caseNumber, string where)
    {
        var text = string.Join("\n", replies.Select(r => r.Text));
        var cards = string.Join("\n", replies.SelectMany(r => r.AdaptiveCards));
        var transcript = $"{where} replied:\n{text}\n[actions: {string.Join(" | ", replies.SelectMany(r => r.SuggestedActions).Select(a => a.Title))}]";
        if (expect.Silent)
        {
            Assert.True(replies.Count == 0, transcript);
            return;
        }

        Assert.True(replies.Count > 0, $"{where}: no reply.");
        foreach (var part in expect.Contains.Select(c => Substitute(c, caseNumber)))
        {
            Assert.True(text.Contains(part, StringComparison.Ordinal), $"Expected “{part}”. {transcript}");
        }

        foreach (var part in expect.NotContains.Select(c => Substitute(c, caseNumber)))
        {
            Assert.False(text.Contains(part, StringComparison.Ordinal), $"Did not expect “{part}”. {transcript}");
        }

        foreach (var pattern in expect.Matches)
        {
            Assert.True(Regex.IsMatch(text, pattern), $"Expected a match of {pattern}. {transcript}");
        }

        var offered = replies.LastOrDefault(r => r.SuggestedActions.Count > 0)?.SuggestedActions.Select(a => a.Title).ToList() ?? [];
        foreach (var action in expect.Actions)
        {
            Assert.True(offered.Contains(action), $"Expected the button “{action}”. {transcript}");
        }

        if (expect.Card is { } card)
        {
            Assert.True(card == cards.Length > 0, $"{where}: card expected {card}. {transcript}");
        }

        foreach (var part in expect.CardContains.Select(c => Substitute(c, caseNumber)))
        {
            Assert.True(cards.Contains(part, StringComparison.Ordinal), $"Expected “{part}” in a card. {transcript}\n{cards}");
        }
    }

    private async Task CheckCaseAsync(string conversation, CaseExpectation expected, string where)
    {
        var number = await chat.LatestCaseAsync(conversation).ConfigureAwait(false);
        if (expected.Exists is false)
        {
            Assert.True(number is null, $"{where}: expected no case, found {number}.");
            return;
        }

        Assert.True(number is not null, $"{where}: expected a case.");
        var detail = (await chat.Services.SendAsync(TestActors.Coordinator, new GetCaseQuery(number)).ConfigureAwait(false)).Value;
        Check(expected.State, detail.State.ToString(), "state", where);
        Check(expected.Bureau, detail.LeadBureau?.Code, "bureau", where);
        Check(expected.Type, detail.Type.ToString(), "type", where);
        Check(expected.Urgency, detail.Urgency.ToString(), "urgency", where);
        Check(expected.Attachments?.ToString(CultureInfo.InvariantCulture), detail.Attachments.Count.ToString(CultureInfo.InvariantCulture), "attachments", where);
        Check(expected.Evaluations?.ToString(CultureInfo.InvariantCulture), detail.Evaluations.Count.ToString(CultureInfo.InvariantCulture), "evaluations", where);
    }

    private static void Check(string? expected, string? actual, string what, string where)
    {
        if (expected is not null)
        {
            Assert.True(expected == actual, $"{where}: case {what} is {actual ?? "(none)"}, expected {expected}.");
        }
    }

    private static string Substitute(string text, string? caseNumber) => caseNumber is null ? text : text.Replace("$case", caseNumber, StringComparison.Ordinal);
}
