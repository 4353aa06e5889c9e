using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ServiceBot.Infrastructure.Persistence.Conversions;

/// <summary>Small string maps (timeline facts) stored as one JSON text column.</summary>
internal sealed class JsonDictionaryConverter() : ValueConverter<IReadOnlyDictionary<string, string>, string>(
    v => JsonSerializer.Serialize(v, JsonSerializerOptions.Default),
    v => JsonSerializer.Deserialize<Dictionary<string, string>>(v, JsonSerializerOptions.Default) ?? new Dictionary<string, string>())
{
    public static ValueComparer<IReadOnlyDictionary<string, string>> Comparer { get; } = new(
        (a, b) => a!.Count == b!.Count && a.All(kv => b.ContainsKey(kv.Key) && b[kv.Key] == kv.Value),
        v => v.Aggregate(0, (hash, kv) => HashCode.Combine(hash, kv.Key, kv.Value)),
        v => new Dictionary<string, string>(v));
}
