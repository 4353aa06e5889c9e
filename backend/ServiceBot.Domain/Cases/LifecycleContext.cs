using ServiceBot.Domain.Calendar;
using ServiceBot.Domain.Sla;
using ServiceBot.Domain.Users;

namespace ServiceBot.Domain.Cases;

/// <summary>What every lifecycle action needs besides its own arguments: who acts, when, and the deadline rules.</summary>
public sealed record LifecycleContext(Actor Actor, DateTimeOffset Now, DeadlineCalculator Deadlines, SlaPolicy Sla)
{
    public LifecycleContext AsSystem() => this with { Actor = Actor.System };
}
