namespace ServiceBot.Domain.Cases;

/// <summary>
/// One thing the deadline engine did to a case: a light announced (<c>Blue</c>, <c>Yellow</c>, <c>Red</c>) or a
/// lifecycle trigger fired (<c>Urge</c>, <c>Supervise</c>, <c>EscalateToLeader</c>, <c>CloseUnevaluated</c>).
/// <see cref="DueAt"/> is the milestone it was due at, so lateness is the time of the commit minus it.
/// </summary>
public sealed record DeadlineTransition(Guid? ClockId, ClockKind? Kind, string Action, DateTimeOffset DueAt);
