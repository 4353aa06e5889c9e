using System.Net;
using ServiceBot.Bot.Tests.Support;

namespace ServiceBot.Bot.Tests.Console;

/// <summary>
/// Every console page, for every role, on a case led by 自然资源和规划局 (zrzy) with 经信局 (jxj) co-handling: who
/// gets the page (200), who is refused by the application's own authorization (403 by role, 404 for a case they may
/// not see), and that nobody signed out or from an enterprise gets in.
/// </summary>
public sealed class ConsolePageAuthorizationTests(ServiceBotApp app) : IClassFixture<ServiceBotApp>
{
    /// <summary>The users of every row, in the order of the expected statuses.</summary>
    public static readonly string[] Users = ["staff-zrzy", "head-zrzy", "staff-jxj", "staff-swj", "head-swj", "dispatcher", "leader", "admin"];

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Task<ConsoleBrowser>> Browsers = new();

    private static string? _case;

    /// <summary>Each row: a page ({case} is the zrzy case) and the status for each of <see cref="Users"/>.</summary>
    public static TheoryData<string, int[]> Pages => new()
    {
        { "/console", [302, 302, 302, 302, 302, 302, 302, 302] },
        { "/console/cases", [200, 200, 200, 200, 200, 200, 200, 403] },
        { "/console/cases?filter=All&order=Newest&q=厂房", [200, 200, 200, 200, 200, 200, 200, 403] },
        { "/console/cases?metric=AnswerLate&period=2026-11&bureau=zrzy", [200, 200, 200, 200, 200, 200, 200, 403] },
        { "/console/cases/{case}", [200, 200, 200, 404, 404, 200, 200, 404] },
        { "/console/cases/{case}?handler=Attachment&id=6f1d2a8e-0000-4000-8000-000000000009", [404, 404, 404, 404, 404, 404, 404, 404] },
        { "/console/cases/QY2026-999999", [404, 404, 404, 404, 404, 404, 404, 404] },
        { "/console/notifications", [200, 200, 200, 200, 200, 200, 200, 200] },
        { "/console/triage", [403, 403, 403, 403, 403, 200, 403, 403] },
        { "/console/rulings", [403, 403, 403, 403, 403, 200, 403, 403] },
        { "/console/escalated", [403, 403, 403, 403, 403, 200, 200, 403] },
        { "/console/keyenterprises", [403, 403, 403, 403, 403, 200, 200, 403] },
        { "/console/cockpit", [403, 403, 403, 403, 403, 200, 200, 403] },
        { "/console/cockpit/ranking?period=2026-Q4", [403, 403, 403, 403, 403, 200, 200, 403] },
        { "/console/cockpit/trends", [403, 403, 403, 403, 403, 200, 200, 403] },
        { "/console/cockpit/report", [403, 403, 403, 403, 403, 200, 200, 403] },
        { "/console/cockpit/report?handler=Csv&period=2026-11", [403, 403, 403, 403, 403, 200, 200, 403] },
        { "/console/bureaus", [200, 200, 200, 200, 200, 200, 200, 200] },
        { "/console/settings", [403, 403, 403, 403, 403, 200, 200, 200] },
        { "/console/calendar", [200, 200, 200, 200, 200, 200, 200, 200] },
        { "/console/policies", [403, 403, 403, 403, 403, 200, 403, 200] },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_AnswersByRoleAndCaseVisibility_ForEveryStaffRole(string page, int[] expected)
    {
        var path = page.Replace("{case}", await CaseAsync(), StringComparison.Ordinal);

        var statuses = await ConsoleStatuses.OfAsync(Users, user => Browsers.GetOrAdd(user, u => ConsoleBrowser.SignInAsync(app, u)), path);

        Assert.Equal(ConsoleStatuses.Expected(Users, expected), statuses);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_SendsTheSignedOutToTheLoginPage(string page, int[] expected)
    {
        Assert.NotEmpty(expected);
        using var anonymous = ConsoleBrowser.Anonymous(app);

        var response = await anonymous.GetAsync(page.Replace("{case}", await CaseAsync(), StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/console/login", response.Headers.Location!.OriginalString.Replace("http://localhost", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_IsForbidden_ForAnEnterpriseAccount(string page, int[] expected)
    {
        Assert.NotEmpty(expected);
        var enterprise = await app.LoginAsync("ent-jingcai");

        var response = await enterprise.GetAsync(new Uri(page.Replace("{case}", await CaseAsync(), StringComparison.Ordinal), UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task CaseList_ShowsABureauOnlyItsOwnCases()
    {
        var number = await CaseAsync();
        var own = await Browsers.GetOrAdd("staff-zrzy", u => ConsoleBrowser.SignInAsync(app, u));
        var other = await Browsers.GetOrAdd("staff-swj", u => ConsoleBrowser.SignInAsync(app, u));

        var ownList = await (await own.GetAsync("/console/cases?filter=All")).Content.ReadAsStringAsync();
        var otherList = await (await other.GetAsync("/console/cases?filter=All&q=" + number)).Content.ReadAsStringAsync();

        Assert.Contains($"data-case=\"{number}\"", ownList, StringComparison.Ordinal);
        Assert.DoesNotContain($"data-case=\"{number}\"", otherList, StringComparison.Ordinal);
    }

    private async Task<string> CaseAsync() => _case ??= await new CaseSetup(app).HandlingAsync();
}
