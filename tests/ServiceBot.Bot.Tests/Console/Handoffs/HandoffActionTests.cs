using System.Net;
using ServiceBot.Application.Conversations.Handoffs;
using ServiceBot.Bot.Tests.Support;

namespace ServiceBot.Bot.Tests.Console.Handoffs;

/// <summary>
/// The conversation page's actions, posted by every staff role: those outside the coordinator's office are refused
/// (403) and the handoff is untouched; the office accepts, the one who accepted replies, anyone of the office closes
/// (302 back to the page); a refusal by the handoff's own rules shows its Chinese message with 409 or 403.
/// </summary>
public sealed class HandoffActionTests(ServiceBotApp app) : IClassFixture<ServiceBotApp>
{
    private static readonly string[] Outsiders = ["staff-zrzy", "head-zrzy", "staff-swj", "leader"];

    [Fact]
    public async Task Accept_IsRefusedOutsideTheOffice_ThenAcceptedByTheCoordinator()
    {
        var (_, handoff) = await new HandoffSetup(app).WaitingAsync();

        var statuses = await PostAsAsync(Outsiders, handoff, "Accept");
        using var dispatcher = await ConsoleBrowser.SignInAsync(app, "dispatcher");
        var accepted = await Post(dispatcher, handoff, "Accept");

        var detail = await new HandoffSetup(app).DetailAsync(handoff);
        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.Forbidden, s));
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal($"/console/handoffs/{handoff}", accepted.Headers.Location?.OriginalString);
        Assert.Equal((HandoffStatus.Active, "三服务办 调度员"), (detail.Handoff.Status, detail.Handoff.AcceptedByName));
    }

    [Fact]
    public async Task Accept_ShowsWhoWasFirst_WhenAColleagueAcceptedAlready()
    {
        var (_, handoff) = await new HandoffSetup(app).WaitingAsync();
        using var dispatcher = await ConsoleBrowser.SignInAsync(app, "dispatcher");
        using var admin = await ConsoleBrowser.SignInAsync(app, "admin");
        await Post(dispatcher, handoff, "Accept");

        var second = await Post(admin, handoff, "Accept");
        var html = await second.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Contains("已由三服务办 调度员接入。", html, StringComparison.Ordinal);
        Assert.Contains("只有接入人可以回复", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reply_IsRefusedToAllButWhoAccepted_ThenSentByThem()
    {
        var setup = new HandoffSetup(app);
        var (_, handoff) = await setup.WaitingAsync();
        using var dispatcher = await ConsoleBrowser.SignInAsync(app, "dispatcher");
        using var admin = await ConsoleBrowser.SignInAsync(app, "admin");
        var beforeAccepting = await Post(dispatcher, handoff, "Reply", "您好");
        await Post(dispatcher, handoff, "Accept");

        var outsiders = await PostAsAsync(Outsiders, handoff, "Reply", "我来回复");
        var colleague = await Post(admin, handoff, "Reply", "我来回复");
        var replied = await Post(dispatcher, handoff, "Reply", "您好，请问是哪个地块？");

        var detail = await setup.DetailAsync(handoff);
        Assert.Equal(HttpStatusCode.Conflict, beforeAccepting.StatusCode);
        Assert.All(outsiders, s => Assert.Equal(HttpStatusCode.Forbidden, s));
        Assert.Equal(HttpStatusCode.Forbidden, colleague.StatusCode);
        Assert.Contains("只有接入人可以回复", await colleague.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, replied.StatusCode);
        Assert.Equal(["我想当面说说用地的事", string.Empty, "您好，请问是哪个地块？"], detail.Messages.Select(m => m.Text));
    }

    [Fact]
    public async Task Reply_ShowsTheRefusalInChinese_AndKeepsWhatWasTyped()
    {
        var (_, handoff) = await new HandoffSetup(app).WaitingAsync();
        using var dispatcher = await ConsoleBrowser.SignInAsync(app, "dispatcher");
        await Post(dispatcher, handoff, "Accept");
        var tooLong = "请您" + new string('详', 1000);

        var empty = await Post(dispatcher, handoff, "Reply", "   ");
        var refused = await Post(dispatcher, handoff, "Reply", tooLong);

        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("请填写回复内容。", await empty.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains(tooLong, await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Close_IsRefusedOutsideTheOffice_ThenClosedByAColleague()
    {
        var setup = new HandoffSetup(app);
        var (_, handoff) = await setup.WaitingAsync();
        using var dispatcher = await ConsoleBrowser.SignInAsync(app, "dispatcher");
        using var admin = await ConsoleBrowser.SignInAsync(app, "admin");
        await Post(dispatcher, handoff, "Accept");

        var outsiders = await PostAsAsync(Outsiders, handoff, "Close");
        var closed = await Post(admin, handoff, "Close");
        var again = await Post(dispatcher, handoff, "Close");

        Assert.All(outsiders, s => Assert.Equal(HttpStatusCode.Forbidden, s));
        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(HandoffStatus.Closed, (await setup.DetailAsync(handoff)).Handoff.Status);
    }

    [Fact]
    public async Task Post_IsRefused_WithoutTheAntiforgeryToken()
    {
        var setup = new HandoffSetup(app);
        var (_, handoff) = await setup.WaitingAsync();
        using var dispatcher = await ConsoleBrowser.SignInAsync(app, "dispatcher");

        var response = await dispatcher.Client.PostAsync(new Uri($"/console/handoffs/{handoff}?handler=Accept", UriKind.Relative), new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HandoffStatus.Waiting, (await setup.DetailAsync(handoff)).Handoff.Status);
    }

    [Fact]
    public async Task Messages_ReturnsOnlyTheNewMessages_WithTheStatusAndTheLastNumber()
    {
        var setup = new HandoffSetup(app);
        var (conversation, handoff) = await setup.WaitingAsync();
        using var dispatcher = await ConsoleBrowser.SignInAsync(app, "dispatcher");
        await setup.RecordAsync(conversation, "是城北工业区那块地");

        var response = await dispatcher.GetAsync($"/console/handoffs/{handoff}?handler=Messages&after=2");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Waiting", response.Headers.GetValues("X-Handoff-Status").Single());
        Assert.Equal("3", response.Headers.GetValues("X-Handoff-Last").Single());
        Assert.Contains("是城北工业区那块地", html, StringComparison.Ordinal);
        Assert.DoesNotContain(HandoffSetup.FirstMessage, html, StringComparison.Ordinal);
        Assert.DoesNotContain("<html", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_LinksTheUsersFiles_AndTheLinkDownloadsThem()
    {
        var (_, handoff) = await new HandoffSetup(app).WaitingAsync();
        using var dispatcher = await ConsoleBrowser.SignInAsync(app, "dispatcher");

        var html = await (await dispatcher.GetAsync($"/console/handoffs/{handoff}")).Content.ReadAsStringAsync();
        var file = await dispatcher.GetAsync($"/console/handoffs/{handoff}?handler=File&sequence=2&index=0");

        Assert.Contains($"/console/handoffs/{handoff}?handler=File&amp;sequence=2&amp;index=0", html, StringComparison.Ordinal);
        Assert.Equal("application/pdf", file.Content.Headers.ContentType?.MediaType);
        Assert.Equal("规划图.pdf", file.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal("%PDF-1.4 规划图", await file.Content.ReadAsStringAsync());
    }

    private async Task<List<HttpStatusCode>> PostAsAsync(IEnumerable<string> users, Guid handoff, string handler, string? text = null)
    {
        var statuses = new List<HttpStatusCode>();
        foreach (var user in users)
        {
            using var browser = await ConsoleBrowser.SignInAsync(app, user);
            statuses.Add((await Post(browser, handoff, handler, text)).StatusCode);
        }

        return statuses;
    }

    /// <summary>Posts the page's form; the token comes from a page every staff member may open.</summary>
    private static Task<HttpResponseMessage> Post(ConsoleBrowser browser, Guid handoff, string handler, string? text = null) =>
        browser.PostAsync($"/console/handoffs/{handoff}?handler={handler}", text is null ? [] : [new("Text", text)], tokenFrom: "/console/notifications");
}
