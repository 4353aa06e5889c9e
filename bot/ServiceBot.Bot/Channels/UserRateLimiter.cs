using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace ServiceBot.Bot.Channels;

/// <summary>
/// Messages per channel user and minute, on every channel. Checked after authentication, where the user is known:
/// a Bot Framework channel posts for many users from a few addresses, so an address is the wrong partition there.
/// </summary>
internal sealed class UserRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;

    public UserRateLimiter(IOptions<ChannelOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var limit = options.Value.MessagesPerUserPerMinute;
        _limiter = PartitionedRateLimiter.Create<string, string>(user => RateLimitPartition.GetFixedWindowLimiter(
            user, _ => new FixedWindowRateLimiterOptions { PermitLimit = limit, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
    }

    /// <summary>Null when the user may go on; otherwise the 429 answer.</summary>
    public IResult? Check(string channelId, string userId)
    {
        using var lease = _limiter.AttemptAcquire($"{channelId}:{userId}");
        return lease.IsAcquired
            ? null
            : ChannelProblems.TooManyRequests(lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromMinutes(1));
    }

    public void Dispose() => _limiter.Dispose();
}
