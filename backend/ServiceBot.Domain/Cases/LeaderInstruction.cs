namespace ServiceBot.Domain.Cases;

/// <summary>A county leader's instruction (批示): the text, optionally a new answer deadline and more co-handling bureaus.</summary>
public sealed record LeaderInstruction(string Text, DateOnly? NewDueDate, IReadOnlyList<string> AddCoHandlers);
