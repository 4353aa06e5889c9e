using ServiceBot.Domain.Cases;

namespace ServiceBot.Application.Deadlines;

/// <summary>What the deadline engine did to which case.</summary>
public sealed record CaseDeadlineTransition(string CaseNumber, DeadlineTransition Transition);
