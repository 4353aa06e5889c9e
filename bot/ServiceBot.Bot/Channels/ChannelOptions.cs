using System.ComponentModel.DataAnnotations;

namespace ServiceBot.Bot.Channels;

/// <summary>Configuration section <c>Channels</c>: the bot's identity, limits common to every channel, and turn processing.</summary>
public sealed class ChannelOptions
{
    public const string SectionName = "Channels";

    /// <summary>The bot's account id on the built-in Direct Line (Bot Framework channels name the bot themselves).</summary>
    [Required]
    [StringLength(100, MinimumLength = 1)]
    public string BotId { get; set; } = "servicebot";

    [Required]
    [StringLength(100, MinimumLength = 1)]
    public string BotName { get; set; } = "县企业服务助手";

    /// <summary>The locale of turns whose activity names none.</summary>
    [Required]
    public string DefaultLocale { get; set; } = "zh-CN";

    /// <summary>The longest message text accepted; the longest case description is as long.</summary>
    [Range(1, 100_000)]
    public int MaxTextLength { get; set; } = 4000;

    [Range(0, 50)]
    public int MaxAttachments { get; set; } = 5;

    [Range(1024, 100 * 1024 * 1024)]
    public long MaxAttachmentBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>
    /// File types users may send, as content types; a file's type is taken from its name's extension. Empty means
    /// <see cref="DefaultContentTypes"/>.
    /// </summary>
    public List<string>? AllowedContentTypes { get; set; }

    public static IReadOnlyList<string> DefaultContentTypes { get; } =
    [
        "image/png", "image/jpeg", "image/gif", "image/webp", "application/pdf", "text/plain",
        "application/msword", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/vnd.ms-excel", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ];

    public IReadOnlyList<string> ContentTypes => AllowedContentTypes is { Count: > 0 } configured ? configured : DefaultContentTypes;

    /// <summary>Messages one channel user may send per minute (all channels); more answer 429.</summary>
    [Range(1, 10_000)]
    public int MessagesPerUserPerMinute { get; set; } = 60;

    /// <summary>Direct Line tokens and conversations one IP address may ask for per minute.</summary>
    [Range(1, 10_000)]
    public int TokensPerAddressPerMinute { get; set; } = 30;

    /// <summary>How long a turn may run before it is cancelled and the user gets an apology.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:30:00")]
    public TimeSpan TurnTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// How long an instance owns a conversation's turns; renewed after every turn. Longer than
    /// <see cref="TurnTimeout"/>, so a live instance never loses a conversation mid-turn.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:05", "01:00:00")]
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How often to look for turns left behind by a crashed instance or a lost wake-up.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00")]
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Conversations this instance processes at once (turns within one are always one at a time).</summary>
    [Range(1, 1000)]
    public int MaxConcurrentConversations { get; set; } = 16;

    /// <summary>How long an <c>expectReplies</c> or <c>invoke</c> request waits for its turn; the channel gives up after 15 s.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan ReplyWaitTimeout { get; set; } = TimeSpan.FromSeconds(12);
}
