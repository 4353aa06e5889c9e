using ServiceBot.Domain.Sla;

namespace ServiceBot.Domain.Cases.Events;

/// <summary>
/// A clock turned blue, yellow or red (时限预警). <see cref="BureauCode"/> is the co-handling bureau for a co-handler
/// report clock, otherwise null (the lead bureau's clock).
/// </summary>
public sealed record CaseClockLightChanged(
    Guid CaseId, string CaseNumber, DateTimeOffset OccurredAt, ClockKind Kind, string? BureauCode, TrafficLight Light, DateTimeOffset DueAt, string Message)
    : CaseEvent(CaseId, CaseNumber, OccurredAt);
