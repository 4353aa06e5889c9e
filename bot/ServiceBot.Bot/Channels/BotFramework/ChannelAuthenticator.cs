using System.Text.Json;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace ServiceBot.Bot.Channels.BotFramework;

/// <summary>
/// Checks the token a Bot Framework channel sends with every activity, as the Bot Connector authentication
/// specification requires: a Bearer JWT signed (RS256) with a key from the configured OpenID metadata, issued by the
/// Bot Framework, for this bot's app id, within its lifetime give or take the clock skew, signed with a key endorsed
/// for the activity's channel, and carrying the activity's service URL in its <c>serviceurl</c> claim.
/// </summary>
internal sealed partial class ChannelAuthenticator : IDisposable
{
    private const string ServiceUrlClaim = "serviceurl";
    private readonly IOptions<BotFrameworkOptions> _options;
    private readonly TimeProvider _time;
    private readonly ILogger<ChannelAuthenticator> _logger;
    private readonly ConfigurationManager<OpenIdConnectConfiguration> _metadata;
    private readonly HttpClient _client;
    private readonly JsonWebTokenHandler _handler = new();

    public ChannelAuthenticator(IHttpClientFactory http, IOptions<BotFrameworkOptions> options, TimeProvider time, ILogger<ChannelAuthenticator> logger)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _time = time;
        _logger = logger;
        _client = http.CreateClient(ConnectorTokenProvider.HttpClientName);
        _metadata = new ConfigurationManager<OpenIdConnectConfiguration>(
            options.Value.OpenIdMetadataUrl.AbsoluteUri,
            new OpenIdConnectConfigurationRetriever(),
            new HttpDocumentRetriever(_client) { RequireHttps = options.Value.RequireHttpsMetadata });
    }

    /// <summary>Null when the request is authentic; otherwise why it is not (for the log, never for the caller).</summary>
    public async Task<string?> AuthenticateAsync(string? authorization, string? channelId, string? serviceUrl, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(authorization) || !authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return "no Bearer token";
        }

        var token = authorization["Bearer ".Length..].Trim();
        var result = await ValidateAsync(token, cancellationToken).ConfigureAwait(false);
        if (result.Exception is SecurityTokenSignatureKeyNotFoundException)
        {
            // The channels rolled their keys over: fetch the metadata again once before refusing.
            _metadata.RequestRefresh();
            result = await ValidateAsync(token, cancellationToken).ConfigureAwait(false);
        }

        if (!result.IsValid)
        {
            return result.Exception?.Message ?? "invalid token";
        }

        var jwt = (JsonWebToken)result.SecurityToken;
        if (!string.IsNullOrEmpty(channelId) && !await IsEndorsedAsync(jwt.Kid, channelId, cancellationToken).ConfigureAwait(false))
        {
            return $"the signing key is not endorsed for channel '{channelId}'";
        }

        return jwt.TryGetPayloadValue<string>(ServiceUrlClaim, out var claimed) && string.Equals(claimed, serviceUrl, StringComparison.Ordinal)
            ? null
            : "the serviceurl claim does not match the activity's serviceUrl";
    }

    public void Dispose() => _client.Dispose();

    private async Task<TokenValidationResult> ValidateAsync(string token, CancellationToken cancellationToken)
    {
        OpenIdConnectConfiguration metadata;
        try
        {
            metadata = await _metadata.GetConfigurationAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidOperationException ex)
        {
            LogMetadataUnavailable(_logger, ex, _options.Value.OpenIdMetadataUrl);
            return new TokenValidationResult { IsValid = false, Exception = ex };
        }

        var settings = _options.Value;
        return await _handler.ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuers = settings.Issuers,
            ValidAudience = settings.MicrosoftAppId,
            IssuerSigningKeys = metadata.SigningKeys,
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ValidateLifetime = true,
            ClockSkew = settings.ClockSkew,

            // Lifetimes are judged by the host's TimeProvider, so tests can move the clock.
            LifetimeValidator = (notBefore, expires, _, parameters) =>
                (notBefore is null || notBefore.Value - parameters.ClockSkew <= _time.GetUtcNow().UtcDateTime)
                && expires is not null && expires.Value + parameters.ClockSkew >= _time.GetUtcNow().UtcDateTime,
        }).ConfigureAwait(false);
    }

    /// <summary>The key's <c>endorsements</c> (in the signing key document) must list the channel.</summary>
    private async Task<bool> IsEndorsedAsync(string keyId, string channelId, CancellationToken cancellationToken)
    {
        var metadata = await _metadata.GetConfigurationAsync(cancellationToken).ConfigureAwait(false);
        var key = metadata.JsonWebKeySet?.Keys.FirstOrDefault(k => string.Equals(k.Kid, keyId, StringComparison.Ordinal));
        if (key is null || !key.AdditionalData.TryGetValue("endorsements", out var endorsements))
        {
            return false;
        }

        return endorsements switch
        {
            JsonElement { ValueKind: JsonValueKind.Array } array => array.EnumerateArray().Any(e => e.ValueKind == JsonValueKind.String && e.GetString() == channelId),
            IEnumerable<object> list => list.Any(e => string.Equals(e?.ToString(), channelId, StringComparison.Ordinal)),
            _ => false,
        };
    }

    [LoggerMessage(EventId = 401, Level = LogLevel.Error, Message = "The Bot Framework signing keys could not be loaded from {Url}")]
    private static partial void LogMetadataUnavailable(ILogger logger, Exception exception, Uri url);
}
