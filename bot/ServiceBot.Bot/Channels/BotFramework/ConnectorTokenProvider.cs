using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace ServiceBot.Bot.Channels.BotFramework;

/// <summary>
/// The bot's own token for calls to channels, obtained with the OAuth 2.0 client credentials grant from the
/// configured token endpoint and reused until shortly before it expires.
/// </summary>
internal sealed class ConnectorTokenProvider(IHttpClientFactory http, IOptions<BotFrameworkOptions> options, TimeProvider time) : IDisposable
{
    public const string HttpClientName = "ServiceBot.BotFramework";

    private static readonly TimeSpan RenewBefore = TimeSpan.FromMinutes(5);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private string? _token;
    private DateTimeOffset _expiresAt;

    /// <summary>The token, or null when no app id is configured (calls then go out without one, as the Emulator expects).</summary>
    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.IsAuthenticationEnabled)
        {
            return null;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_token is not null && time.GetUtcNow() < _expiresAt - RenewBefore)
            {
                return _token;
            }

            using var form = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials",
                ["client_id"] = settings.MicrosoftAppId!,
                ["client_secret"] = settings.MicrosoftAppPassword!,
                ["scope"] = settings.OAuthScope,
            });
            using var response = await http.CreateClient(HttpClientName).PostAsync(settings.TokenEndpoint, form, cancellationToken).ConfigureAwait(false);
            response.EnsureSuccessStatusCode();
            var answer = await response.Content.ReadFromJsonAsync<TokenAnswer>(cancellationToken).ConfigureAwait(false);
            if (string.IsNullOrEmpty(answer?.AccessToken))
            {
                throw new HttpRequestException("The token endpoint answered without an access token.");
            }

            _token = answer.AccessToken;
            _expiresAt = time.GetUtcNow() + TimeSpan.FromSeconds(Math.Max(60, answer.ExpiresIn));
            return _token;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private sealed record TokenAnswer(
        [property: JsonPropertyName("access_token")] string? AccessToken,
        [property: JsonPropertyName("expires_in")] int ExpiresIn);
}
