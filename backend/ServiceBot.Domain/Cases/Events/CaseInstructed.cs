namespace ServiceBot.Domain.Cases.Events;

/// <summary>批示 by a county leader.</summary>
public sealed record CaseInstructed(Guid CaseId, string CaseNumber, DateTimeOffset OccurredAt, string Instruction, DateTimeOffset? AnswerDue)
    : CaseEvent(CaseId, CaseNumber, OccurredAt);
