namespace ServiceBot.Bot.Channels.Protocol;

/// <summary>The response body of an <c>expectReplies</c> request.</summary>
internal sealed record ExpectedReplies(IReadOnlyList<Activity> Activities);
