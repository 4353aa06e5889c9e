using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using ServiceBot.Application.Common.Storage;
using ServiceBot.Bot.Channels.Protocol;
using ServiceBot.Infrastructure.Persistence;

namespace ServiceBot.Bot.Channels.DirectLine;

internal static partial class DirectLineEndpoints
{
    /// <summary>
    /// <c>POST /conversations/{id}/upload?userId=</c>: a multipart body with files and, optionally, the activity they
    /// belong to (part <c>activity</c>, type <c>application/vnd.microsoft.activity</c>). Every limit is checked
    /// before the first file is stored.
    /// </summary>
    private static async Task<IResult> UploadAsync(
        string conversationId,
        string? userId,
        HttpContext http,
        DirectLineTokens tokens,
        ServiceBotDbContext db,
        AttachmentRules rules,
        AttachmentLinks links,
        InboundLimits limits,
        IFileStorage storage,
        CancellationToken cancellationToken)
    {
        var (caller, failure) = await DirectLineAuth.AuthenticateAsync(http.Request, tokens).ConfigureAwait(false);
        if (failure is not null)
        {
            return failure;
        }

        if (!caller!.MayUse(conversationId))
        {
            return ChannelProblems.BadToken();
        }

        var conversation = await FindAsync(db, caller, conversationId, cancellationToken).ConfigureAwait(false);
        if (conversation is null)
        {
            return ChannelProblems.UnknownConversation();
        }

        if (!http.Request.HasFormContentType)
        {
            return ChannelProblems.Invalid("directline.upload.notMultipart", "上传须使用 multipart/form-data。");
        }

        // Uploads may be larger than other API requests: the limit is raised for this request before the body is read.
        var total = (rules.MaxCount * rules.MaxBytes) + (1024 * 1024);
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = total;
        }

        if (http.Request.ContentLength > total)
        {
            return ChannelProblems.TooLarge($"一次最多上传 {rules.MaxCount} 个文件，每个不超过 {rules.MaxBytes / 1024 / 1024} MB。");
        }

        IFormCollection form;
        try
        {
            form = await http.Request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = total, ValueCountLimit = 64 }, cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidDataException ex)
        {
            return ChannelProblems.TooLarge($"上传内容过大或格式不正确：{ex.Message}");
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return ChannelProblems.TooLarge($"一次最多上传 {rules.MaxCount} 个文件，每个不超过 {rules.MaxBytes / 1024 / 1024} MB。");
        }

        var (activity, bad) = await ActivityPartAsync(form, cancellationToken).ConfigureAwait(false);
        if (bad is not null)
        {
            return bad;
        }

        var files = form.Files.Where(f => f.Name != "activity").ToList();
        if (files.Count == 0)
        {
            return ChannelProblems.Invalid("directline.upload.empty", "没有收到文件。");
        }

        if (files.Count > rules.MaxCount)
        {
            return ChannelProblems.Invalid("channel.attachments.tooMany", $"一次最多发送 {rules.MaxCount} 个文件。");
        }

        var accepted = new List<(IFormFile File, string Name, string Type)>();
        foreach (var file in files)
        {
            var name = SafeName(file.FileName);
            if (file.Length > rules.MaxBytes)
            {
                return ChannelProblems.TooLarge($"文件“{name}”超过 {rules.MaxBytes / 1024 / 1024} MB。");
            }

            if (rules.AllowedType(name) is not { } type)
            {
                return ChannelProblems.Problem(
                    StatusCodes.Status415UnsupportedMediaType, "不支持的文件类型", "channel.attachments.type", "BadArgument", $"不支持“{name}”这类文件。可以发送：{rules.Describe()}。");
            }

            accepted.Add((file, name, type));
        }

        activity ??= new Activity { Type = ActivityTypes.Message };
        activity.Type ??= ActivityTypes.Message;
        activity.Attachments = null;
        if (limits.Check(activity, filesByLink: true) is { } invalid)
        {
            return invalid;
        }

        var attachments = new List<Attachment>();
        foreach (var (file, name, type) in accepted)
        {
            await using var content = file.OpenReadStream();
            var key = await storage.SaveAsync(content, name, cancellationToken).ConfigureAwait(false);
            var link = links.Create(Origin(http.Request), new StoredFile(conversation.Id, key, type, name, file.Length));
            // Web Chat previews a user's image from its thumbnail; the stored file is its own thumbnail.
            attachments.Add(new Attachment { ContentType = type, ContentUrl = link, Name = name, ThumbnailUrl = type.StartsWith("image/", StringComparison.Ordinal) ? link : null });
        }

        activity.Attachments = attachments;
        return await AcceptAsync(http, conversation, caller, activity, userId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary><c>GET /attachments/{link}</c>: an uploaded file, by its signed link; images inline, other files as downloads.</summary>
    private static async Task<IResult> DownloadAsync(string link, HttpResponse response, AttachmentLinks links, IFileStorage storage, CancellationToken cancellationToken)
    {
        if (links.Read(link) is not { } stored || await storage.OpenReadAsync(stored.StorageKey, cancellationToken).ConfigureAwait(false) is not { } content)
        {
            return ChannelProblems.Problem(StatusCodes.Status404NotFound, "未找到", "channel.attachmentNotFound", "NotFound", "文件不存在。");
        }

        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.CacheControl = "private, max-age=86400";
        var inline = stored.ContentType.StartsWith("image/", StringComparison.Ordinal);
        return TypedResults.File(content, stored.ContentType, inline ? null : stored.Name);
    }

    private static async Task<(Activity? Activity, IResult? Failure)> ActivityPartAsync(IFormCollection form, CancellationToken cancellationToken)
    {
        string? json = null;
        if (form.Files.GetFile("activity") is { } part)
        {
            using var reader = new StreamReader(part.OpenReadStream());
            json = await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
        }
        else if (form.TryGetValue("activity", out var field))
        {
            json = field.ToString();
        }

        if (string.IsNullOrWhiteSpace(json))
        {
            return (null, null);
        }

        try
        {
            return (JsonSerializer.Deserialize<Activity>(json, ActivityJson.Options), null);
        }
        catch (JsonException ex)
        {
            return (null, ChannelProblems.Malformed($"activity 部分不是有效的 JSON：{ex.Path ?? ex.Message}"));
        }
    }

    private static string SafeName(string? fileName)
    {
        var name = Path.GetFileName(fileName ?? string.Empty).Trim();
        name = string.IsNullOrEmpty(name) ? "file" : name;
        return name.Length <= 120 ? name : name[^120..];
    }
}
