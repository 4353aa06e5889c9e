using Microsoft.Extensions.Options;
using ServiceBot.Application.Common.Security;
using ServiceBot.Domain.Cases;
using ServiceBot.Domain.Users;

namespace ServiceBot.Application.Common.Time;

/// <summary>Builds what a lifecycle action needs: the current actor, the time, the calendar and the SLA policy.</summary>
public sealed class LifecycleContextFactory(
    ICurrentUser currentUser, TimeProvider time, ICalendarProvider calendar, IOptionsMonitor<SlaOptions> sla, IOptionsMonitor<EscalationOptions> escalation)
{
    public LifecycleContext Create() =>
        Create(currentUser.Actor ?? throw new InvalidOperationException("A lifecycle action needs an actor; the authorization behavior should have refused the request."));

    public LifecycleContext Create(Actor actor) => new(actor, time.GetUtcNow(), calendar.Deadlines, sla.CurrentValue.ToPolicy(escalation.CurrentValue));
}
