using System.Net;
using ServiceBot.Bot.Tests.Support;

namespace ServiceBot.Bot.Tests.Console.Cases;

/// <summary>
/// Every action of the case page, posted by every staff role on a case (led by zrzy, co-handled by jxj) in a state
/// where the action is possible: the users who may not take it are refused by the application — 404 whenever they
/// may not see the case (another bureau, an administrator), whatever the action; otherwise 403 for a role or bureau
/// that may not act — and the case is untouched; then the user who may takes it and is sent back to the case (302).
/// </summary>
public sealed class DetailActionAuthorizationTests(ServiceBotApp app) : IClassFixture<ServiceBotApp>
{
    private const int Ok = 302;
    private const int Skip = 0;

    /// <summary>The users of every row, in the order of the expected statuses; <see cref="Skip"/> marks a user who could also act.</summary>
    private static readonly string[] Users = ["staff-zrzy", "head-zrzy", "staff-jxj", "staff-swj", "head-swj", "dispatcher", "leader", "admin"];

    private static readonly int[] LeadBureauAction = [Ok, Skip, 403, 404, 404, 403, 403, 404];
    private static readonly int[] CoordinatorAction = [403, 403, 403, 404, 404, Ok, 403, 404];

    public static TheoryData<string, string, string, int[]> Actions => new()
    {
        { "sign-for", "Dispatched", "", LeadBureauAction },
        { "request-return", "Dispatched", "Input.Reason=不属于本单位职责", LeadBureauAction },
        { "log-contact", "Handling", "Input.Text=已电话联系王经理", LeadBureauAction },
        { "post-stage-reply", "Handling", "Input.Text=正在会商供地方案", LeadBureauAction },
        { "request-information", "Handling", "Input.Text=请提供用地面积和投资计划", LeadBureauAction },
        { "request-extension", "Handling", "Input.DueDate=2027-01-15&Input.Reason=需要调整规划", LeadBureauAction },
        { "answer", "Handling", "Input.Text=已纳入下批次工业用地供应计划。", LeadBureauAction },
        { "submit-co-handler-input", "Handling", "Input.Text=经信局同意优先保障", [403, 403, Ok, 404, 404, 403, 403, 404] },
        { "approve-answer", "AnswerPendingApproval", "", [403, Ok, 403, 404, 404, 403, 403, 404] },
        { "reject-answer", "AnswerPendingApproval", "Input.Reason=请写明地块", [403, Ok, 403, 404, 404, 403, 403, 404] },
        { "dispatch", "Submitted", "Input.LeadBureau=zrzy&Input.CoHandlers=jxj", [404, 404, 404, 404, 404, Ok, 403, 404] },
        { "redispatch", "Handling", "Input.LeadBureau=jxj&Input.Reason=职责调整", CoordinatorAction },
        { "approve-return", "ReturnRequested", "Input.LeadBureau=jxj", CoordinatorAction },
        { "reject-return", "ReturnRequested", "Input.Reason=属于本单位职责", CoordinatorAction },
        { "approve-extension", "ExtensionRequested", "Input.DueDate=2027-01-15", CoordinatorAction },
        { "reject-extension", "ExtensionRequested", "Input.Reason=时限足够", CoordinatorAction },
        { "merge", "Handling", "Input.IntoCaseNumber={other}", CoordinatorAction },
        { "urge", "Handling", "Input.Reason=请加快办理", CoordinatorAction },
        { "supervise", "Handling", "Input.Reason=列入督办", CoordinatorAction },
        { "escalate-to-leader", "Handling", "Input.Reason=重大项目", CoordinatorAction },
        { "close", "Answered", "Input.Reason=企业电话确认已解决", CoordinatorAction },
        { "reopen", "Closed", "Input.Reason=企业反映未解决", CoordinatorAction },
        { "withdraw", "Handling", "Input.Reason=企业已自行解决", CoordinatorAction },
        { "instruct", "Elevated", "Input.Text=请自然资源局本周内拿出方案&Input.DueDate=2026-12-18", [403, 403, 403, 404, 404, 403, Ok, 404] },
    };

    [Theory]
    [MemberData(nameof(Actions))]
    public async Task Post_RefusesEveryoneButWhoMayAct_ThenActs(string action, string state, string form, int[] expected)
    {
        var setup = new CaseSetup(app);
        var number = await setup.InStateAsync(state);
        var fields = Fields(form.Replace("{other}", form.Contains("{other}", StringComparison.Ordinal) ? await setup.HandlingAsync() : string.Empty, StringComparison.Ordinal))
            .Prepend(new("action", action))
            .ToList();
        var before = await TimelineLengthAsync(number);

        var statuses = new List<string>();
        foreach (var (user, status) in Users.Zip(expected).Where(x => x.Second != Skip).OrderBy(x => x.Second == Ok))
        {
            using var browser = await ConsoleBrowser.SignInAsync(app, user);
            var response = await browser.PostAsync($"/console/cases/{number}", fields, tokenFrom: "/console/notifications");
            statuses.Add($"{user}:{(int)response.StatusCode}");
            if (status != Ok)
            {
                Assert.Equal(before, await TimelineLengthAsync(number));
            }
            else
            {
                Assert.EndsWith($"/console/cases/{number}", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
            }
        }

        Assert.Equal(
            string.Join(",", Users.Zip(expected).Where(x => x.Second != Skip).OrderBy(x => x.Second == Ok).Select(x => $"{x.First}:{x.Second}")),
            string.Join(",", statuses));
        Assert.True(await TimelineLengthAsync(number) > before);
    }

    [Theory]
    [InlineData("evaluate")]
    [InlineData("supply-information")]
    [InlineData("close-unevaluated")]
    [InlineData("teleport")]
    public async Task Post_AnswersNotFound_ForAnActionTheConsoleDoesNotOffer(string action)
    {
        var number = await new CaseSetup(app).HandlingAsync();
        using var browser = await ConsoleBrowser.SignInAsync(app, "dispatcher");

        var response = await browser.PostAsync($"/console/cases/{number}", [new("action", action), new("Input.Text", "满意")]);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Post_IsRefused_WithoutTheAntiforgeryToken()
    {
        var number = await new CaseSetup(app).DispatchedAsync();
        using var browser = await ConsoleBrowser.SignInAsync(app, "staff-zrzy");

        var response = await browser.Client.PostAsync(new Uri($"/console/cases/{number}", UriKind.Relative), new FormUrlEncodedContent([new("action", "sign-for")]));

        var detail = await (await (await app.LoginAsync("dispatcher")).GetAsync(new Uri($"/api/cases/{number}", UriKind.Relative))).OkJsonAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("待签收", detail.GetProperty("stateName").GetString());
    }

    [Fact]
    public async Task Post_ShowsTheRefusalInChinese_AndKeepsWhatWasTyped()
    {
        var number = await new CaseSetup(app).HandlingAsync();
        using var browser = await ConsoleBrowser.SignInAsync(app, "staff-zrzy");

        var response = await browser.PostAsync($"/console/cases/{number}", [new("action", "request-extension"), new("Input.DueDate", "2027-01-16"), new("Input.Reason", "需要调整规划方案")]);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("不是工作日", html, StringComparison.Ordinal);
        Assert.Contains("需要调整规划方案", html, StringComparison.Ordinal);
    }

    private async Task<int> TimelineLengthAsync(string number) =>
        (await (await (await app.LoginAsync("dispatcher")).GetAsync(new Uri($"/api/cases/{number}", UriKind.Relative))).OkJsonAsync()).GetProperty("timeline").GetArrayLength();

    private static IEnumerable<KeyValuePair<string, string>> Fields(string form) => form.Length == 0
        ? []
        : form.Split('&').Select(pair => pair.Split('=', 2)).Select(p => new KeyValuePair<string, string>(p[0], p[1]));
}
