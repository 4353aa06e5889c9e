namespace ServiceBot.Language.Triage;

/// <summary>A responsible unit as triage sees it: its stable code, its name and its duties (职责) as one text.</summary>
public sealed record BureauProfile(string Code, string Name, string Duties);
