using System.ComponentModel.DataAnnotations;

namespace ServiceBot.Bot.Channels.BotFramework;

/// <summary>
/// Configuration section <c>BotFramework</c>: the bot's Azure registration (app id and password) and where its
/// tokens are checked and obtained. Without an app id the endpoint accepts unauthenticated traffic, as the Bot
/// Framework Emulator and local testing need; the host warns about it at start-up.
/// </summary>
public sealed class BotFrameworkOptions : IValidatableObject
{
    public const string SectionName = "BotFramework";

    /// <summary>The bot's Microsoft App ID: the audience of channel tokens and the client id of the bot's own.</summary>
    public string? MicrosoftAppId { get; set; }

    public string? MicrosoftAppPassword { get; set; }

    /// <summary>Where the channels' signing keys are published (with the channels each key is endorsed for).</summary>
    [Required]
    public Uri OpenIdMetadataUrl { get; set; } = new("https://login.botframework.com/v1/.well-known/openidconfiguration");

    /// <summary>Issuers of channel tokens.</summary>
    public List<string>? ValidIssuers { get; set; }

    /// <summary>Where the bot obtains its token for calls to channels (OAuth 2.0 client credentials).</summary>
    [Required]
    public Uri TokenEndpoint { get; set; } = new("https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token");

    [Required]
    public string OAuthScope { get; set; } = "https://api.botframework.com/.default";

    /// <summary>Refuse metadata over plain HTTP; only a local test turns it off.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>Tolerated clock difference when checking token lifetimes; the Bot Framework allows 5 minutes.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(5);

    public bool IsAuthenticationEnabled => !string.IsNullOrWhiteSpace(MicrosoftAppId);

    public IReadOnlyList<string> Issuers => ValidIssuers is { Count: > 0 } configured ? configured : ["https://api.botframework.com"];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (IsAuthenticationEnabled && string.IsNullOrEmpty(MicrosoftAppPassword))
        {
            yield return new ValidationResult("BotFramework:MicrosoftAppPassword is required with BotFramework:MicrosoftAppId.", [nameof(MicrosoftAppPassword)]);
        }
    }
}
