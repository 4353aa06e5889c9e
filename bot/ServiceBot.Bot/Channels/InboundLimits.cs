using Microsoft.Extensions.Options;
using ServiceBot.Bot.Channels.Protocol;

namespace ServiceBot.Bot.Channels;

/// <summary>The limits every inbound activity must keep, whatever the channel; a refused activity leaves nothing behind.</summary>
internal sealed class InboundLimits(IOptions<ChannelOptions> options)
{
    /// <summary>Null when the activity is acceptable; otherwise the 400 answer.</summary>
    public IResult? Check(Activity activity, bool filesByLink)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var limits = options.Value;
        if (string.IsNullOrWhiteSpace(activity.Type))
        {
            return ChannelProblems.Invalid("channel.type.missing", "活动缺少 type。");
        }

        if (activity.Text is { Length: var length } && length > limits.MaxTextLength)
        {
            return ChannelProblems.Invalid("channel.text.tooLong", $"消息不能超过 {limits.MaxTextLength} 个字，请分几次发送。");
        }

        var files = activity.Attachments?.Count(a => !ContentTypes.IsCard(a.ContentType)) ?? 0;
        if (files > limits.MaxAttachments)
        {
            return ChannelProblems.Invalid("channel.attachments.tooMany", $"一次最多发送 {limits.MaxAttachments} 个文件。");
        }

        if (!filesByLink && files > 0)
        {
            return ChannelProblems.Invalid("channel.attachments.upload", "文件请通过上传接口（/upload）发送。");
        }

        return null;
    }
}
