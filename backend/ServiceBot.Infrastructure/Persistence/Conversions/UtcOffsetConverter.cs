using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ServiceBot.Infrastructure.Persistence.Conversions;

/// <summary>Npgsql writes <c>timestamptz</c> only from UTC values; domain instants may carry +08:00.</summary>
internal sealed class UtcOffsetConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(
    v => v.ToUniversalTime(),
    v => v.ToUniversalTime());
