using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ServiceBot.Application.Conversations;
using ServiceBot.Infrastructure.Persistence;

namespace ServiceBot.Infrastructure.Channels;

/// <summary>Reads the messages of a built-in Direct Line conversation from its durable transcript.</summary>
internal sealed class ConversationTranscripts(ServiceBotDbContext db) : IConversationTranscripts
{
    public async Task<IReadOnlyList<ChatLine>> ReadUntilAsync(string conversationId, DateTimeOffset until, int max, CancellationToken cancellationToken)
    {
        // Typing indicators and events are in the transcript too; read generously and keep the messages.
        var rows = await db.TranscriptActivities.AsNoTracking()
            .Where(t => t.ConversationId == conversationId && t.CreatedAt <= until)
            .OrderByDescending(t => t.Sequence)
            .Take(max * 3)
            .Select(t => new { t.CreatedAt, t.Payload })
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        return rows
            .Select(r => Read(r.CreatedAt, r.Payload))
            .OfType<ChatLine>()
            .Take(max)
            .Reverse()
            .ToList();
    }

    private static ChatLine? Read(DateTimeOffset at, string payload)
    {
        try
        {
            using var json = JsonDocument.Parse(payload);
            var activity = json.RootElement;
            if (Text(activity, "type") != "message")
            {
                return null;
            }

            var from = activity.TryGetProperty("from", out var f) ? f : default;
            var fromUser = from.ValueKind == JsonValueKind.Object && Text(from, "role") != "bot";
            List<JsonElement> attachments = activity.TryGetProperty("attachments", out var a) && a.ValueKind == JsonValueKind.Array ? [.. a.EnumerateArray()] : [];
            var files = attachments.Where(x => !IsCard(x)).Select(x => Text(x, "name") ?? Text(x, "contentType") ?? "附件").ToList();
            var text = Text(activity, "text") ?? string.Empty;
            if (text.Length == 0)
            {
                // A card without text around it (a summary, a choice) still was said: say so rather than drop it.
                text = attachments.Any(IsCard) ? "（卡片）" : string.Empty;
            }

            var name = from.ValueKind == JsonValueKind.Object ? Text(from, "name") : null;
            return text.Length == 0 && files.Count == 0
                ? null
                : new ChatLine(at, fromUser, string.IsNullOrWhiteSpace(name) ? (fromUser ? "企业用户" : "服务助手") : name, text, files);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Cards (Adaptive, hero …) are the bot's layout, not files anyone sent.</summary>
    private static bool IsCard(JsonElement attachment) =>
        Text(attachment, "contentType")?.StartsWith("application/vnd.microsoft.card.", StringComparison.Ordinal) == true;

    private static string? Text(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
