namespace ServiceBot.Language.Organizations;

/// <summary>A bureau of the catalog: its stable code and its name (县经济和信息化局).</summary>
public sealed record BureauName(string Code, string Name);
