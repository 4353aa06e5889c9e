using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ServiceBot.Bot.Channels.DirectLine;

/// <summary>
/// Issues and checks Direct Line tokens: JWTs (HS256) bound to one conversation and one user (the <c>user</c> claim
/// Direct Line clients read), short-lived, with a separate short purpose for stream URLs. The key is derived from
/// <see cref="DirectLineOptions.Secret"/>, or random per process when no secret is configured.
/// </summary>
internal sealed class DirectLineTokens
{
    private const string Issuer = "servicebot-directline";
    private const string ConversationPurpose = "conversation";
    private const string StreamPurpose = "stream";
    private readonly DirectLineOptions _options;
    private readonly TimeProvider _time;
    private readonly SymmetricSecurityKey _key;
    private readonly byte[]? _secret;
    private readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false };

    public DirectLineTokens(IOptions<DirectLineOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _time = time;
        _secret = string.IsNullOrEmpty(_options.Secret) ? null : Encoding.UTF8.GetBytes(_options.Secret);
        var keyBytes = _secret is null
            ? RandomNumberGenerator.GetBytes(32)
            : HKDF.DeriveKey(HashAlgorithmName.SHA256, _secret, 32, info: Encoding.UTF8.GetBytes("servicebot directline tokens"));
        _key = new SymmetricSecurityKey(keyBytes);
        LinkKey = HKDF.Expand(HashAlgorithmName.SHA256, keyBytes, 32, Encoding.UTF8.GetBytes("servicebot directline attachment links"));
    }

    public bool HasSecret => _secret is not null;

    /// <summary>The key attachment links are signed with; derived apart from the token key.</summary>
    public byte[] LinkKey { get; }

    public bool IsSecret(string candidate) =>
        _secret is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(candidate), _secret);

    /// <summary>A conversation token; returns it with its lifetime in seconds.</summary>
    public (string Token, int ExpiresIn) Issue(string conversationId, string userId, string? userName, string channelId, string? linkedUserId) =>
        (Create(ConversationPurpose, conversationId, userId, userName, channelId, linkedUserId, _options.TokenLifetime), (int)_options.TokenLifetime.TotalSeconds);

    /// <summary>A token for the stream URL: valid only to open the stream, and only shortly.</summary>
    public string IssueStream(string conversationId, string userId, string channelId) =>
        Create(StreamPurpose, conversationId, userId, null, channelId, null, _options.StreamUrlLifetime);

    /// <summary>The caller a token stands for, or why it does not stand for anyone.</summary>
    public async Task<(DirectLineCaller? Caller, bool Expired)> ReadAsync(string token, bool stream = false)
    {
        var now = _time.GetUtcNow().UtcDateTime;
        var expired = false;
        var result = await _handler.ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = Issuer,
            ValidAudience = Issuer,
            IssuerSigningKey = _key,
            ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
            RequireExpirationTime = true,
            LifetimeValidator = (notBefore, expires, _, _) =>
            {
                expired = expires is null || expires.Value < now;
                return !expired && (notBefore is null || notBefore.Value <= now.AddSeconds(30));
            },
        }).ConfigureAwait(false);
        if (!result.IsValid || result.SecurityToken is not JsonWebToken jwt)
        {
            return (null, expired);
        }

        var purpose = jwt.TryGetPayloadValue<string>("purpose", out var p) ? p : null;
        if (purpose != (stream ? StreamPurpose : ConversationPurpose))
        {
            return (null, false);
        }

        return (new DirectLineCaller(
            false,
            Claim(jwt, "conv"),
            Claim(jwt, "user"),
            Claim(jwt, "name"),
            Claim(jwt, "ch") ?? DirectLineChannels.DirectLine,
            Claim(jwt, "acct")), false);
    }

    private string Create(string purpose, string conversationId, string userId, string? userName, string channelId, string? linkedUserId, TimeSpan lifetime)
    {
        var now = _time.GetUtcNow().UtcDateTime;
        var claims = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            ["purpose"] = purpose,
            ["conv"] = conversationId,
            ["user"] = userId,
            ["ch"] = channelId,
            [JwtRegisteredClaimNames.Jti] = Guid.NewGuid().ToString("N"),
        };
        if (userName is not null)
        {
            claims["name"] = userName;
        }

        if (linkedUserId is not null)
        {
            claims["acct"] = linkedUserId;
        }

        return _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Issuer,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + lifetime,
            Claims = claims,
            SigningCredentials = new SigningCredentials(_key, SecurityAlgorithms.HmacSha256),
        });
    }

    private static string? Claim(JsonWebToken jwt, string name) => jwt.TryGetPayloadValue<string>(name, out var value) && !string.IsNullOrEmpty(value) ? value : null;
}
