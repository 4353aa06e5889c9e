using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using ServiceBot.Bot.Tests.Support;

namespace ServiceBot.Bot.Tests.Channels.DirectLine;

/// <summary>Uploads to the built-in Direct Line: stored behind signed links, handed to the bot by storage key, within limits.</summary>
public sealed class DirectLineEndpointsFilesTests(ChannelHostFixture fixture) : IClassFixture<ChannelHostFixture>
{
    /// <summary>The smallest valid PNG: one transparent pixel.</summary>
    internal static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");

    private ChannelHost Host => fixture.Host;

    [Fact]
    public async Task Upload_StoresTheFile_AndTheBotReceivesIt()
    {
        var started = await Host.StartConversationAsync();
        using var form = Form(("营业执照.png", "image/png", Png));

        var response = await Host.Client(started.Token).PostAsync($"/v3/directline/conversations/{started.ConversationId}/upload?userId=x", form);
        var activities = await Host.WaitForActivitiesAsync(started.ConversationId, a => a.Any(x => ChannelHost.Text(x)?.StartsWith("已收到", StringComparison.Ordinal) == true));

        await response.OkJsonAsync();
        var upload = activities.Single(a => a.TryGetProperty("attachments", out _));
        var attachment = upload.GetProperty("attachments")[0];
        Assert.Equal("image/png", attachment.GetProperty("contentType").GetString());
        Assert.Equal("营业执照.png", attachment.GetProperty("name").GetString());
        Assert.Equal("附件说明", ChannelHost.Text(upload));
        Assert.Contains("已收到 1 个文件：营业执照.png。", ChannelHost.BotTexts(activities));

        var download = await Host.Client().GetAsync(new Uri(attachment.GetProperty("contentUrl").GetString()!).PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("image/png", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Png, await download.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Upload_Answers415AndStoresNothing_ForAFileTypeThatIsNotAllowed()
    {
        var started = await Host.StartConversationAsync();
        using var form = Form(("setup.exe", "application/octet-stream", [0x4d, 0x5a]));

        var response = await Host.Client(started.Token).PostAsync($"/v3/directline/conversations/{started.ConversationId}/upload", form);
        var activities = await Host.WaitForActivitiesAsync(started.ConversationId, a => a.Count >= 1);

        var problem = await response.ProblemAsync(HttpStatusCode.UnsupportedMediaType);
        Assert.Contains(".pdf", problem.GetProperty("detail").GetString());
        Assert.Single(activities);
    }

    [Fact]
    public async Task Upload_Answers400_ForMoreFilesThanAllowed()
    {
        var started = await Host.StartConversationAsync();
        using var form = Form([.. Enumerable.Range(1, 6).Select(i => ($"{i}.png", "image/png", Png))]);

        var response = await Host.Client(started.Token).PostAsync($"/v3/directline/conversations/{started.ConversationId}/upload", form);

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("channel.attachments.tooMany", problem.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Upload_Answers400_ForABodyThatIsNotMultipart()
    {
        var started = await Host.StartConversationAsync();

        var response = await Host.Client(started.Token).PostAsync($"/v3/directline/conversations/{started.ConversationId}/upload", new StringContent("{}", Encoding.UTF8, "application/json"));

        await response.ProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Download_Answers404_ForAForgedLink()
    {
        var response = await Host.Client().GetAsync("/v3/directline/attachments/eyJjIjoiYSJ9.AAAAAAAAAAAAAAAAAAAAAA");

        await response.ProblemAsync(HttpStatusCode.NotFound);
    }

    internal static MultipartFormDataContent Form(params (string Name, string Type, byte[] Content)[] files)
    {
        var form = new MultipartFormDataContent();
        var activity = new StringContent(JsonSerializer.Serialize(new { type = "message", text = "附件说明", from = new { id = "x" } }), Encoding.UTF8);
        activity.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.microsoft.activity");
        form.Add(activity, "activity", "blob");
        foreach (var (name, type, content) in files)
        {
            var part = new ByteArrayContent(content);
            part.Headers.ContentType = new MediaTypeHeaderValue(type);
            form.Add(part, "file", name);
        }

        return form;
    }
}
