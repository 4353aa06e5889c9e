namespace ServiceBot.Bot.Console.Shared;

/// <summary>One entry of the console's menu.</summary>
public sealed record NavItem(string Label, string Href, string Hint);
