using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ServiceBot.Bot.Tests.Support;

/// <summary>
/// A locally generated stand-in for the Bot Framework's token service: an RSA key pair whose public half is served
/// as OpenID metadata and a key document (with the channels it is endorsed for), channel tokens signed with it, and
/// a client-credentials token endpoint for the bot's own token.
/// </summary>
public sealed class FakeBotFrameworkIdentity : IDisposable
{
    public const string AppId = "11111111-2222-3333-4444-555555555555";
    public const string AppPassword = "test-app-password";
    public const string Issuer = "https://api.botframework.com";
    public const string MetadataUrl = "https://login.test/v1/.well-known/openidconfiguration";
    public const string KeysUrl = "https://login.test/v1/keys";
    public const string TokenUrl = "https://login.test/oauth2/v2.0/token";
    public const string BotToken = "bot-access-token";
    public const string KeyId = "test-key";

    private readonly RSA _rsa = RSA.Create(2048);
    private readonly RSA _stranger = RSA.Create(2048);

    public IReadOnlyList<string> Endorsements { get; set; } = ["test-channel", "emulator"];

    public static IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["BotFramework:MicrosoftAppId"] = AppId,
        ["BotFramework:MicrosoftAppPassword"] = AppPassword,
        ["BotFramework:OpenIdMetadataUrl"] = MetadataUrl,
        ["BotFramework:TokenEndpoint"] = TokenUrl,
    };

    /// <summary>Answers the metadata, key and token requests; anything else is left to the caller.</summary>
    public HttpResponseMessage? Respond(RecordedRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Uri.AbsoluteUri switch
        {
            MetadataUrl => Json(new { issuer = Issuer, jwks_uri = KeysUrl, id_token_signing_alg_values_supported = new[] { "RS256" } }),
            KeysUrl => Json(new { keys = new[] { PublicKey() } }),
            TokenUrl => Json(new { token_type = "Bearer", expires_in = 3600, access_token = BotToken }),
            _ => null,
        };
    }

    /// <summary>A channel token as the Bot Framework issues it; each part can be spoiled for negative tests.</summary>
    public string ChannelToken(
        DateTimeOffset now, string serviceUrl, string audience = AppId, string issuer = Issuer, TimeSpan? lifetime = null, bool signedByStranger = false)
    {
        var key = new RsaSecurityKey(signedByStranger ? _stranger : _rsa) { KeyId = KeyId };
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = now.UtcDateTime.AddMinutes(-1),
            NotBefore = now.UtcDateTime.AddMinutes(-1),
            Expires = now.UtcDateTime + (lifetime ?? TimeSpan.FromMinutes(60)),
            Claims = new Dictionary<string, object> { ["serviceurl"] = serviceUrl },
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
        });
    }

    public void Dispose()
    {
        _rsa.Dispose();
        _stranger.Dispose();
    }

    private object PublicKey()
    {
        var parameters = _rsa.ExportParameters(false);
        return new
        {
            kty = "RSA",
            use = "sig",
            kid = KeyId,
            n = Base64UrlEncoder.Encode(parameters.Modulus),
            e = Base64UrlEncoder.Encode(parameters.Exponent),
            endorsements = Endorsements,
        };
    }

    private static HttpResponseMessage Json(object body) =>
        new(HttpStatusCode.OK) { Content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json") };
}
