using System.Net;
using ServiceBot.Bot.Tests.Support;

namespace ServiceBot.Bot.Tests.Console.Handoffs;

/// <summary>
/// The handoff pages for every staff role: the coordinator's office and administrators get them (200), everyone else
/// is refused by the application (403), a handoff that does not exist is 404, and nobody signed out or from an
/// enterprise gets in.
/// </summary>
public sealed class HandoffPageAuthorizationTests(ServiceBotApp app) : IClassFixture<ServiceBotApp>
{
    private static readonly string[] Users = ["staff-zrzy", "head-zrzy", "staff-jxj", "staff-swj", "head-swj", "dispatcher", "leader", "admin"];
    private static readonly int[] OfficeOnly = [403, 403, 403, 403, 403, 200, 403, 200];

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Task<ConsoleBrowser>> Browsers = new();

    private static Guid? _handoff;

    /// <summary>Each row: a page ({id} is a waiting handoff) and the status for each of <see cref="Users"/>.</summary>
    public static TheoryData<string, int[]> Pages => new()
    {
        { "/console/handoffs", OfficeOnly },
        { "/console/handoffs?status=Closed&q=用地&p=2", OfficeOnly },
        { "/console/handoffs/{id}", OfficeOnly },
        { "/console/handoffs/{id}?handler=Messages&after=1", OfficeOnly },
        { "/console/handoffs/{id}?handler=File&sequence=2&index=0", OfficeOnly },
        { "/console/handoffs/{id}?handler=File&sequence=1&index=0", [403, 403, 403, 403, 403, 404, 403, 404] },
        { "/console/handoffs/6f1d2a8e-0000-4000-8000-000000000009", [403, 403, 403, 403, 403, 404, 403, 404] },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_AnswersByRole_ForEveryStaffRole(string page, int[] expected)
    {
        var path = page.Replace("{id}", (await HandoffAsync()).ToString(), StringComparison.Ordinal);

        var statuses = await ConsoleStatuses.OfAsync(Users, user => Browsers.GetOrAdd(user, u => ConsoleBrowser.SignInAsync(app, u)), path);

        Assert.Equal(ConsoleStatuses.Expected(Users, expected), statuses);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_SendsTheSignedOutToTheLoginPage_AndRefusesAnEnterpriseAccount(string page, int[] expected)
    {
        Assert.NotEmpty(expected);
        var path = page.Replace("{id}", (await HandoffAsync()).ToString(), StringComparison.Ordinal);
        using var anonymous = ConsoleBrowser.Anonymous(app);
        var enterprise = await app.LoginAsync("ent-jingcai");

        var signedOut = await anonymous.GetAsync(path);
        var refused = await enterprise.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.StartsWith("/console/login", signedOut.Headers.Location!.OriginalString.Replace("http://localhost", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Theory]
    [InlineData("dispatcher", true)]
    [InlineData("admin", true)]
    [InlineData("staff-zrzy", false)]
    [InlineData("head-zrzy", false)]
    [InlineData("leader", false)]
    public async Task Menu_OffersTheHandoffQueueWithItsLiveCount_OnlyToTheOffice(string user, bool offered)
    {
        var browser = await Browsers.GetOrAdd(user, u => ConsoleBrowser.SignInAsync(app, u));

        var html = await (await browser.GetAsync("/console/notifications")).Content.ReadAsStringAsync();

        Assert.Equal(offered, html.Contains("href=\"/console/handoffs\"", StringComparison.Ordinal));
        Assert.Equal(offered, html.Contains("data-live-count=\"handoffs\"", StringComparison.Ordinal));
    }

    private async Task<Guid> HandoffAsync() => _handoff ??= (await new HandoffSetup(app).WaitingAsync()).Handoff;
}
