using System.ComponentModel.DataAnnotations;

namespace ServiceBot.Infrastructure.Seeding;

/// <summary>
/// Configuration section <c>Demo</c>: sample accounts, enterprises and cases. On by default in Development and with
/// <c>--demo</c>; the host refuses to seed them in Production.
/// </summary>
public sealed class DemoOptions
{
    public const string SectionName = "Demo";

    public bool Enabled { get; set; }

    /// <summary>The password of every demo account.</summary>
    [Required]
    [MinLength(8)]
    public string Password { get; set; } = "Demo@2026";
}
