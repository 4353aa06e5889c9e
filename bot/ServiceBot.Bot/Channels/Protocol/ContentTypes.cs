namespace ServiceBot.Bot.Channels.Protocol;

internal static class ContentTypes
{
    public const string AdaptiveCard = "application/vnd.microsoft.card.adaptive";

    /// <summary>The part of a Direct Line upload that carries the activity.</summary>
    public const string Activity = "application/vnd.microsoft.activity";

    public static bool IsCard(string? contentType) =>
        contentType is not null && contentType.StartsWith("application/vnd.microsoft.", StringComparison.OrdinalIgnoreCase);
}
