namespace ServiceBot.Domain.Cases;

public enum ClockStatus
{
    Running,

    /// <summary>Stopped while the case waits for the enterprise; the due time moves on resume.</summary>
    Paused,

    /// <summary>Stopped by doing what it measured; <see cref="CaseClock.CompletedAt"/> tells whether it was on time.</summary>
    Completed,

    /// <summary>No longer relevant: the case moved on (redispatched, withdrawn, merged).</summary>
    Cancelled,
}
