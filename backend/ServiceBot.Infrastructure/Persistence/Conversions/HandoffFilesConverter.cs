using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using ServiceBot.Application.Conversations.Handoffs;

namespace ServiceBot.Infrastructure.Persistence.Conversions;

/// <summary>The files of a relayed handoff message (a few at most) stored as one JSON text column.</summary>
internal sealed class HandoffFilesConverter() : ValueConverter<IReadOnlyList<HandoffFile>, string>(
    v => JsonSerializer.Serialize(v, JsonSerializerOptions.Default),
    v => JsonSerializer.Deserialize<List<HandoffFile>>(v, JsonSerializerOptions.Default) ?? new List<HandoffFile>())
{
    public static ValueComparer<IReadOnlyList<HandoffFile>> Comparer { get; } = new(
        (a, b) => a!.SequenceEqual(b!),
        v => v.Aggregate(0, (hash, item) => HashCode.Combine(hash, item)),
        v => v.ToList());
}
