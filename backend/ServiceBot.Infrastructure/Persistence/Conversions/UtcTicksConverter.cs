using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ServiceBot.Infrastructure.Persistence.Conversions;

/// <summary>
/// SQLite has no instant type and EF Core cannot compare <see cref="DateTimeOffset"/> text there, so instants are
/// stored as UTC ticks: exact, sortable, comparable in SQL.
/// </summary>
internal sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    v => v.UtcTicks,
    v => new DateTimeOffset(v, TimeSpan.Zero));
