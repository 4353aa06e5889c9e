namespace ServiceBot.Application.Policies.Common;

/// <summary>A responsible unit as the article names it, and the catalog bureau it was recognised as (null when the catalog has none).</summary>
public sealed record ResponsibleUnitView(string Name, string? BureauCode, string? BureauName);
