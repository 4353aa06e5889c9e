using System.Text.Encodings.Web;
using System.Text.Json;

namespace ServiceBot.Infrastructure.Notifications;

/// <summary>How delivery payloads are written: camelCase, Chinese kept readable.</summary>
public static class NotificationJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
