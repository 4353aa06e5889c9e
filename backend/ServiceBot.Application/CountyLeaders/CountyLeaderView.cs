namespace ServiceBot.Application.CountyLeaders;

/// <summary>A county leader as the console lists them: code, office (分管工业副县长) and name when known.</summary>
public sealed record CountyLeaderView(string Code, string Title, string? Name);
