using System.Text.Json;
using System.Text.Json.Serialization;
using ServiceBot.Domain.Common;

namespace ServiceBot.Infrastructure.Outbox;

/// <summary>How events are stored in the outbox: JSON with enum names, typed by the event's class name.</summary>
internal static class OutboxSerialization
{
    private static readonly Dictionary<string, Type> EventTypes = typeof(IDomainEvent).Assembly.GetTypes()
        .Where(t => t is { IsAbstract: false, IsClass: true } && typeof(IDomainEvent).IsAssignableFrom(t))
        .ToDictionary(t => t.Name, StringComparer.Ordinal);

    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static IDomainEvent Deserialize(string type, string payload) =>
        EventTypes.TryGetValue(type, out var clr)
            ? (IDomainEvent)(JsonSerializer.Deserialize(payload, clr, Options) ?? throw new InvalidOperationException($"Empty payload for {type}."))
            : throw new InvalidOperationException($"Unknown event type '{type}'.");
}
