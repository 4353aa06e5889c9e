using System.ComponentModel.DataAnnotations;

namespace ServiceBot.Bot.Channels.DirectLine;

/// <summary>Configuration section <c>DirectLine</c>: the built-in Direct Line 3.0 service under <c>/v3/directline</c>.</summary>
public sealed class DirectLineOptions
{
    public const string SectionName = "DirectLine";

    /// <summary>
    /// The secret trusted clients use (as with Azure's Direct Line) and the key tokens are signed with. Without one,
    /// only the built-in page's token endpoint issues tokens, signed with a key that lives as long as the process:
    /// set it when several instances share the work, and to keep tokens valid across restarts.
    /// </summary>
    [MinLength(32)]
    public string? Secret { get; set; }

    /// <summary>How long a token is valid; a client refreshes it before then.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How long a stream URL may wait before the client connects to it.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "00:10:00")]
    public TimeSpan StreamUrlLifetime { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>An empty message on every open stream this often, so proxies and clients see it alive.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How often a stream looks for activities appended by another host instance.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:01:00")]
    public TimeSpan StreamPollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The most activities one GET or one stream message carries.</summary>
    [Range(1, 1000)]
    public int PageSize { get; set; } = 100;
}
