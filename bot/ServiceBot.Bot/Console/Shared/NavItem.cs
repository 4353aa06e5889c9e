namespace ServiceBot.Bot.Console.Shared;

/// <summary>One entry of the console's menu; <paramref name="LiveCount"/> names the live count shown next to it (an event of the notification stream).</summary>
public sealed record NavItem(string Label, string Href, string Hint, string? LiveCount = null);
