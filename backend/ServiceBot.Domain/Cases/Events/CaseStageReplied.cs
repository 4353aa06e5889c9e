namespace ServiceBot.Domain.Cases.Events;

/// <summary>阶段性答复: progress reported to the enterprise before the final answer.</summary>
public sealed record CaseStageReplied(Guid CaseId, string CaseNumber, DateTimeOffset OccurredAt, string Text)
    : CaseEvent(CaseId, CaseNumber, OccurredAt);
