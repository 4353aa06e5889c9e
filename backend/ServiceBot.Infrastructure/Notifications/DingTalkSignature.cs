using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ServiceBot.Infrastructure.Notifications;

/// <summary>
/// DingTalk's 加签 for custom robots: HMAC-SHA256 over <c>{timestamp}\n{secret}</c> keyed with the secret, Base64,
/// URL-encoded, sent with the millisecond timestamp as query parameters. DingTalk refuses a timestamp more than an
/// hour off, so it is taken at send time.
/// </summary>
public static class DingTalkSignature
{
    public static Uri Sign(Uri url, string secret, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentException.ThrowIfNullOrEmpty(secret);
        var timestamp = now.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}\n{secret}"));
        var sign = Uri.EscapeDataString(Convert.ToBase64String(mac));
        var separator = string.IsNullOrEmpty(url.Query) ? "?" : "&";
        return new Uri($"{url.AbsoluteUri}{separator}timestamp={timestamp}&sign={sign}");
    }
}
