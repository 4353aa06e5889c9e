using System.Security.Cryptography;
using System.Text;

namespace ServiceBot.Application.Conversations.Verification;

/// <summary>
/// The verification code last sent to an account's mobile: stored as a hash, valid for <see cref="Lifetime"/>, and
/// spent after <see cref="MaxAttempts"/> wrong tries (a 6-digit code cannot be guessed in 5).
/// </summary>
public sealed class ChatVerification
{
    public const int MaxAttempts = 5;

    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    private ChatVerification()
    {
        UserId = string.Empty;
        Mobile = string.Empty;
        CodeHash = string.Empty;
    }

    public string UserId { get; private set; }

    public string Mobile { get; private set; }

    public string CodeHash { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    public int Attempts { get; private set; }

    public static (ChatVerification Verification, string Code) Issue(string userId, string mobile, DateTimeOffset now)
    {
        var code = RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
        return (new ChatVerification { UserId = userId, Mobile = mobile, CodeHash = Hash(userId, code), ExpiresAt = now + Lifetime }, code);
    }

    /// <summary>A new code for the same account replaces the old one and its count of wrong tries.</summary>
    public string Reissue(string mobile, DateTimeOffset now)
    {
        var (fresh, code) = Issue(UserId, mobile, now);
        Mobile = fresh.Mobile;
        CodeHash = fresh.CodeHash;
        ExpiresAt = fresh.ExpiresAt;
        Attempts = 0;
        return code;
    }

    public bool IsUsable(DateTimeOffset now) => now < ExpiresAt && Attempts < MaxAttempts;

    /// <summary>Whether <paramref name="code"/> is the one sent; a wrong one counts as a try.</summary>
    public bool Matches(string code)
    {
        var given = Encoding.UTF8.GetBytes(Hash(UserId, code.Trim()));
        if (CryptographicOperations.FixedTimeEquals(given, Encoding.UTF8.GetBytes(CodeHash)))
        {
            return true;
        }

        Attempts++;
        return false;
    }

    private static string Hash(string userId, string code) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{userId}:{code}")));
}
