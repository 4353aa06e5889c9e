using System.Globalization;

namespace ServiceBot.Bot.Channels.DirectLine;

/// <summary>Ids on the built-in Direct Line: activity ids carry the conversation and the transcript sequence, as Direct Line's do.</summary>
internal static class DirectLineIds
{
    public static string Activity(string channelConversationId, long sequence) =>
        string.Create(CultureInfo.InvariantCulture, $"{channelConversationId}|{sequence:D7}");

    public static string Watermark(long sequence) => sequence.ToString(CultureInfo.InvariantCulture);

    /// <summary>Reads a client's watermark; an empty one means "from the start".</summary>
    public static bool TryReadWatermark(string? text, out long watermark)
    {
        watermark = 0;
        return string.IsNullOrEmpty(text) || (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out watermark) && watermark >= 0);
    }

    public static string NewConversation() => Convert.ToBase64String(Guid.NewGuid().ToByteArray()).TrimEnd('=').Replace('+', 'A').Replace('/', 'B');
}
