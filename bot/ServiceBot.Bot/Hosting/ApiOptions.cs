using System.ComponentModel.DataAnnotations;

namespace ServiceBot.Bot.Hosting;

/// <summary>Configuration section <c>Api</c>: limits and token lifetimes of the HTTP API.</summary>
public sealed class ApiOptions
{
    public const string SectionName = "Api";

    /// <summary>The largest request body the API accepts (uploads have their own limit).</summary>
    [Range(1024, 100 * 1024 * 1024)]
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan BearerTokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Login attempts per IP address and minute, before lockout per account takes over.</summary>
    [Range(1, 1000)]
    public int LoginAttemptsPerMinute { get; set; } = 20;
}
