namespace ServiceBot.Application.Cockpit.Common;

/// <summary>One counted event of a case, attributed to a bureau (null when none can be named).</summary>
public sealed record MetricEvent(Guid CaseId, string? BureauCode);
