using System.Text.Json;
using ServiceBot.Dialogs.Turns;

namespace ServiceBot.Dialogs.Engine;

/// <summary>
/// What the user said in a turn as text: the typed text, or what a card submit carried (<c>choice</c>, <c>text</c> or
/// <c>intent</c> of its data) when nothing was typed.
/// </summary>
internal static class TurnInput
{
    private static readonly string[] ValueKeys = ["choice", "text", "intent"];

    public static string Text(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var text = turn.Text?.Trim() ?? string.Empty;
        return text.Length > 0 || turn.Value is null ? text : FromValue(turn.Value);
    }

    private static string FromValue(string value)
    {
        try
        {
            using var document = JsonDocument.Parse(value);
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.String)
            {
                return root.GetString()?.Trim() ?? string.Empty;
            }

            if (root.ValueKind == JsonValueKind.Object)
            {
                foreach (var key in ValueKeys)
                {
                    if (root.TryGetProperty(key, out var property) && property.ValueKind == JsonValueKind.String)
                    {
                        return property.GetString()?.Trim() ?? string.Empty;
                    }
                }
            }
        }
        catch (JsonException)
        {
            // Not JSON: a channel that sends a plain postBack string.
            return value.Trim();
        }

        return string.Empty;
    }
}
