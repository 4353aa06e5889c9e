using System.Net.Http.Headers;
using ServiceBot.Application.Common.Storage;
using ServiceBot.Application.Conversations;
using ServiceBot.Bot.Channels.BotFramework;
using ServiceBot.Bot.Channels.DirectLine;
using ServiceBot.Bot.Channels.Protocol;
using ServiceBot.Dialogs.Turns;

namespace ServiceBot.Bot.Channels.Turns;

/// <summary>
/// The files of an inbound activity as dialogs see them: already stored, by storage key. Uploads to the built-in
/// Direct Line were stored on arrival and are read back from their signed links; files a Bot Framework channel
/// links to are downloaded (only from the channel's own service, or inline <c>data:</c> URLs), within the size
/// and type limits, and stored. Cards are not files and are skipped.
/// </summary>
internal sealed partial class TurnAttachments(
    AttachmentLinks links, AttachmentRules rules, IFileStorage storage, IHttpClientFactory http, ConnectorTokenProvider tokens, ILogger<TurnAttachments> logger)
{
    public async Task<IReadOnlyList<TurnAttachment>> StoreAsync(Activity activity, ChatConversation conversation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(conversation);
        var files = new List<TurnAttachment>();
        foreach (var attachment in (activity.Attachments ?? []).Where(a => !ContentTypes.IsCard(a.ContentType) && a.ContentUrl is not null).Take(rules.MaxCount))
        {
            var file = conversation.IsBuiltIn
                ? FromLink(attachment, conversation)
                : await DownloadAsync(attachment, conversation, cancellationToken).ConfigureAwait(false);
            if (file is not null)
            {
                files.Add(file);
            }
        }

        return files;
    }

    private TurnAttachment? FromLink(Attachment attachment, ChatConversation conversation) =>
        links.Read(attachment.ContentUrl) is { } stored && stored.ConversationId == conversation.Id
            ? new TurnAttachment(stored.Name, stored.ContentType, stored.Size, stored.StorageKey)
            : null;

    private async Task<TurnAttachment?> DownloadAsync(Attachment attachment, ChatConversation conversation, CancellationToken cancellationToken)
    {
        var name = string.IsNullOrWhiteSpace(attachment.Name) ? "file" : Path.GetFileName(attachment.Name);
        var type = rules.AllowedType(name) ?? rules.AllowedType("file" + Extension(attachment.ContentType));
        if (type is null || !Uri.TryCreate(attachment.ContentUrl, UriKind.Absolute, out var url))
        {
            LogSkipped(logger, name, "type not allowed or no URL");
            return null;
        }

        byte[]? content;
        if (url.Scheme == "data")
        {
            content = DataUrl(attachment.ContentUrl!);
        }
        else if (conversation.ServiceUrl is not null && Uri.TryCreate(conversation.ServiceUrl, UriKind.Absolute, out var service)
                 && string.Equals(url.Authority, service.Authority, StringComparison.OrdinalIgnoreCase) && url.Scheme is "http" or "https")
        {
            content = await FetchAsync(url, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            LogSkipped(logger, name, "not hosted by the channel's service");
            return null;
        }

        if (content is null || content.Length > rules.MaxBytes)
        {
            LogSkipped(logger, name, "unreadable or too large");
            return null;
        }

        using var stream = new MemoryStream(content, writable: false);
        var key = await storage.SaveAsync(stream, name, cancellationToken).ConfigureAwait(false);
        return new TurnAttachment(name, type, content.Length, key);
    }

    private async Task<byte[]?> FetchAsync(Uri url, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (await tokens.GetTokenAsync(cancellationToken).ConfigureAwait(false) is { } token)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await http.CreateClient(ConnectorTokenProvider.HttpClientName)
            .SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode || response.Content.Headers.ContentLength > rules.MaxBytes)
        {
            return null;
        }

        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > rules.MaxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static byte[]? DataUrl(string url)
    {
        var comma = url.IndexOf(',', StringComparison.Ordinal);
        if (comma < 0 || !url[..comma].EndsWith(";base64", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        try
        {
            return Convert.FromBase64String(url[(comma + 1)..]);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static string Extension(string? contentType) => contentType switch
    {
        "image/png" => ".png",
        "image/jpeg" => ".jpg",
        "image/gif" => ".gif",
        "image/webp" => ".webp",
        "application/pdf" => ".pdf",
        "text/plain" => ".txt",
        _ => string.Empty,
    };

    [LoggerMessage(EventId = 410, Level = LogLevel.Warning, Message = "Attachment {Name} was not taken: {Reason}")]
    private static partial void LogSkipped(ILogger logger, string name, string reason);
}
