namespace ServiceBot.Bot.Channels.DirectLine;

/// <summary>The id of an accepted activity.</summary>
internal sealed record ResourceResponse(string Id);
