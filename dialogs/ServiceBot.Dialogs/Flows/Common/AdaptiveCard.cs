using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ServiceBot.Dialogs.Flows.Common;

/// <summary>
/// A small builder for the Adaptive Cards the flows show (schema 1.5, which Web Chat renders): a title, text blocks
/// and fact sets. Cards only display; choices are made with suggested actions, which every channel supports.
/// </summary>
internal sealed class AdaptiveCard
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly JsonArray _body = [];

    public AdaptiveCard Title(string text)
    {
        _body.Add(new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["weight"] = "Bolder", ["size"] = "Medium", ["wrap"] = true });
        return this;
    }

    public AdaptiveCard Text(string? text, bool subtle = false, string? color = null)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return this;
        }

        var block = new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true };
        if (subtle)
        {
            block["isSubtle"] = true;
            block["size"] = "Small";
        }

        if (color is not null)
        {
            block["color"] = color;
        }

        _body.Add(block);
        return this;
    }

    /// <summary>Label–value rows; rows without a value are left out.</summary>
    public AdaptiveCard Facts(params (string Title, string? Value)[] facts)
    {
        var set = new JsonArray();
        foreach (var (title, value) in facts.Where(f => !string.IsNullOrWhiteSpace(f.Value)))
        {
            set.Add(new JsonObject { ["title"] = title, ["value"] = value });
        }

        if (set.Count > 0)
        {
            _body.Add(new JsonObject { ["type"] = "FactSet", ["facts"] = set });
        }

        return this;
    }

    public string ToJson() =>
        new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = "1.5",
            ["body"] = _body.DeepClone(),
        }.ToJsonString(Json);
}
