using System.Text.Json;

namespace ServiceBot.Bot.Channels.DirectLine;

/// <summary>Writes the Direct Line <c>ActivitySet</c> (<c>{"activities": [...], "watermark": "…"}</c>) from stored activity JSON without parsing it again.</summary>
internal static class ActivitySets
{
    public static byte[] Write(IEnumerable<string> activities, long watermark)
    {
        ArgumentNullException.ThrowIfNull(activities);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("activities");
            foreach (var activity in activities)
            {
                writer.WriteRawValue(activity, skipInputValidation: true);
            }

            writer.WriteEndArray();
            writer.WriteString("watermark", DirectLineIds.Watermark(watermark));
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }
}
