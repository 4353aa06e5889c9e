using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ServiceBot.Bot.Tests.Support;
using ServiceBot.Testing;

namespace ServiceBot.Bot.Tests.Hosting;

/// <summary>
/// Body limits are enforced by Kestrel, which the in-memory test server does not run, so these tests start the
/// real host process.
/// </summary>
public sealed class RequestLimitsTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private HostProcess _host = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _host = await HostProcess.StartAsync(
            _database,
            new Dictionary<string, string> { ["Demo:Enabled"] = "true", ["Scheduler:Enabled"] = "false", ["Triage:AutoDispatch"] = "false" },
            Path.Combine(_database.DataDirectory, "host.log"));
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task Post_Answers413ProblemDetails_WhenTheJsonBodyIsOverTheLimit()
    {
        using var client = await ClientAsync("ent-jingcai");
        var body = new StringContent(JsonSerializer.Serialize(new { type = "Problem", description = new string('地', 1_200_000) }), System.Text.Encoding.UTF8, "application/json");

        // Like any careful client with a large body, ask first: the server answers before the body is sent.
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/cases", UriKind.Relative)) { Content = body };
        request.Headers.ExpectContinue = true;
        var response = await client.SendAsync(request);

        var problem = await response.ProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal("request.tooLarge", problem.GetProperty("code").GetString());
        Assert.Equal("请求内容超过了允许的大小。", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Upload_AcceptsAFileLargerThanTheJsonLimit_UpToTheAttachmentLimit()
    {
        using var client = await ClientAsync("ent-jingcai");
        var number = await client.ReportAsync("需要上传一份较大的扫描件作为证明材料。");
        var file = new ByteArrayContent(new byte[5 * 1024 * 1024]);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");

        var response = await client.PostAsync(new Uri($"/api/cases/{number}/attachments", UriKind.Relative), new MultipartFormDataContent { { file, "file", "扫描件.pdf" } });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    private async Task<HttpClient> ClientAsync(string user)
    {
        var client = new HttpClient { BaseAddress = _host.Address };
        var login = await client.PostAsJsonAsync("/api/auth/login", new { username = user, password = ServiceBotApp.Password });
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
