using System.Text.Json;
using System.Text.Json.Nodes;
using ServiceBot.Dialogs.Turns;

namespace ServiceBot.Dialogs.Echo;

/// <summary>
/// The interim turn handler until the dialogs land: greets a new conversation, answers 帮助 with the help text, an
/// Adaptive Card and buttons, acknowledges files and card submissions, and echoes anything else. Registered once
/// (<see cref="DependencyInjection.AddDialogs"/>), so the dialog engine replaces it in one place.
/// </summary>
internal sealed class EchoTurnHandler : ITurnHandler
{
    private static readonly string[] HelpWords = ["帮助", "help", "?", "？", "菜单"];

    public async Task HandleAsync(Turn turn, ITurnReplies replies, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(replies);
        var reply = turn.Kind switch
        {
            TurnKind.ConversationStarted => Reply.Say(EchoTexts.Get("Greeting")).WithActions(MenuActions()),
            TurnKind.Message => Answer(turn),
            _ => null,
        };
        if (reply is not null)
        {
            await replies.SendAsync(reply, cancellationToken).ConfigureAwait(false);
        }
    }

    private static Reply Answer(Turn turn)
    {
        var text = turn.Text?.Trim() ?? string.Empty;
        if (turn.Attachments.Count > 0)
        {
            var names = string.Join("、", turn.Attachments.Select(a => a.FileName));
            return Reply.Say(EchoTexts.Format("FilesReceived", turn.Attachments.Count, names));
        }

        if (turn.Value is not null && text.Length == 0)
        {
            return Reply.Say(EchoTexts.Format("CardReceived", turn.Value)).WithActions(MenuActions());
        }

        if (HelpWords.Contains(text, StringComparer.OrdinalIgnoreCase))
        {
            return Reply.Say(EchoTexts.Get("Help")).WithCard(HelpCard()).WithActions(MenuActions());
        }

        return Reply.Say(EchoTexts.Format("Echo", text)).WithActions(new SuggestedAction(EchoTexts.Get("ActionHelp"), EchoTexts.Get("ActionHelp")));
    }

    private static SuggestedAction[] MenuActions() =>
    [
        new(EchoTexts.Get("ActionReport"), EchoTexts.Get("ActionReport")),
        new(EchoTexts.Get("ActionPolicy"), EchoTexts.Get("ActionPolicy")),
        new(EchoTexts.Get("ActionHelp"), EchoTexts.Get("ActionHelp")),
    ];

    private static string HelpCard()
    {
        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["version"] = "1.5",
            ["body"] = new JsonArray(
                new JsonObject { ["type"] = "TextBlock", ["text"] = EchoTexts.Get("CardTitle"), ["weight"] = "Bolder", ["size"] = "Medium", ["wrap"] = true },
                new JsonObject { ["type"] = "TextBlock", ["text"] = EchoTexts.Get("CardReport"), ["wrap"] = true },
                new JsonObject { ["type"] = "TextBlock", ["text"] = EchoTexts.Get("CardPolicy"), ["wrap"] = true },
                new JsonObject { ["type"] = "TextBlock", ["text"] = EchoTexts.Get("CardProgress"), ["wrap"] = true }),
            ["actions"] = new JsonArray(
                new JsonObject { ["type"] = "Action.Submit", ["title"] = EchoTexts.Get("CardSubmit"), ["data"] = new JsonObject { ["intent"] = "report" } }),
        };
        return card.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }
}
