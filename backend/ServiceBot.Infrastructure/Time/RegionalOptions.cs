using System.ComponentModel.DataAnnotations;

namespace ServiceBot.Infrastructure.Time;

/// <summary>Configuration section <c>Regional</c>: the time zone deadlines are counted and shown in.</summary>
public sealed class RegionalOptions
{
    public const string SectionName = "Regional";

    [Required]
    public string TimeZone { get; set; } = "Asia/Shanghai";

    public TimeZoneInfo ResolveTimeZone() => TimeZoneInfo.FindSystemTimeZoneById(TimeZone);
}
