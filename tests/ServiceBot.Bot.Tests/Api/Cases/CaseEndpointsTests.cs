using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ServiceBot.Bot.Tests.Support;
using ServiceBot.Infrastructure.Persistence;

namespace ServiceBot.Bot.Tests.Api.Cases;

/// <summary>The case lifecycle through the HTTP API alone, with its authorization and error rules.</summary>
public sealed class CaseEndpointsTests(ServiceBotApp app) : IClassFixture<ServiceBotApp>
{
    private static readonly object LandProblem = new
    {
        type = "Problem",
        category = "用地",
        description = "我们公司年纳税600多万，想扩建厂房但没有地，能否优先安排工业用地？",
        urgency = "Normal",
        complexity = "Normal",
        contactName = "王建国",
        contactMobile = "13957900001",
        channel = "api",
    };

    [Fact]
    public async Task Lifecycle_GoesFromSubmissionToClosure_ThroughReopening()
    {
        var enterprise = await app.LoginAsync("ent-jingcai");
        var dispatcher = await app.LoginAsync("dispatcher");
        var staff = await app.LoginAsync("staff-zrzy");

        var created = await (await enterprise.PostAsJsonAsync("/api/cases", LandProblem)).OkJsonAsync(HttpStatusCode.Created);
        var number = created.GetProperty("number").GetString()!;
        await Expect(dispatcher.ActAsync(number, "dispatch", new { leadBureau = "zrzy", coHandlers = new[] { "jxj" } }), "Dispatched");
        await Expect(staff.ActAsync(number, "sign-for"), "Handling");
        await Expect(staff.ActAsync(number, "answer", new { text = "已纳入下批次工业用地供应计划，预计明年一季度挂牌。" }), "Answered");
        await Expect(enterprise.ActAsync(number, "evaluate", new { rating = "Unsatisfied", solved = false, comment = "没有给出具体地块和时间" }), "Handling");
        await Expect(staff.ActAsync(number, "answer", new { text = "已确定黄宅镇工业功能区地块，3月底前挂牌出让。" }), "Answered");
        var closed = await Expect(enterprise.ActAsync(number, "evaluate", new { rating = "Satisfied", solved = true, comment = "满意" }), "Closed");

        var actions = closed.GetProperty("timeline").EnumerateArray().Select(e => e.GetProperty("action").GetString()!).ToArray();
        Assert.Equal(["Submit", "Dispatch", "SignFor", "Answer", "Evaluate", "Answer", "Evaluate"], actions);
        var labels = closed.GetProperty("timeline").EnumerateArray().Select(e => e.GetProperty("label").GetString()!).ToArray();
        Assert.Contains("评价：不满意，转重办", labels);
        Assert.Equal("Evaluated", closed.GetProperty("closeReason").GetString());
        Assert.Equal(2, closed.GetProperty("evaluations").GetArrayLength());
        Assert.All(closed.GetProperty("timeline").EnumerateArray(), e => Assert.False(string.IsNullOrEmpty(e.GetProperty("actorName").GetString())));
    }

    [Fact]
    public async Task Get_Answers404WithoutContent_ForStaffOfAnotherBureau()
    {
        var number = await NewDispatchedCaseAsync();
        var otherStaff = await app.LoginAsync("staff-swj");

        var problem = await (await otherStaff.GetAsync($"/api/cases/{number}")).ProblemAsync(HttpStatusCode.NotFound);
        var act = await (await otherStaff.ActAsync(number, "sign-for")).ProblemAsync(HttpStatusCode.NotFound);

        Assert.DoesNotContain("王建国", problem.GetRawText());
        Assert.Equal("case.notFound", act.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Get_Answers404_ForAnotherEnterprisesCase()
    {
        var number = await NewDispatchedCaseAsync();
        var otherEnterprise = await app.LoginAsync("ent-huasuo");

        await (await otherEnterprise.GetAsync($"/api/cases/{number}")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task List_ShowsOnlyOwnBureausCases_ForStaff()
    {
        await NewDispatchedCaseAsync();
        var staff = await app.LoginAsync("staff-kjj");

        var page = await (await staff.GetAsync("/api/cases?pageSize=100")).OkJsonAsync();

        Assert.All(page.GetProperty("items").EnumerateArray(), c => Assert.Equal("kjj", c.GetProperty("leadBureau").GetProperty("code").GetString()));
    }

    [Fact]
    public async Task Get_ListsPermittedActionsOfTheCaller_ByRoleAndState()
    {
        var number = await NewDispatchedCaseAsync();

        var forStaff = await (await (await app.LoginAsync("staff-zrzy")).GetAsync($"/api/cases/{number}")).OkJsonAsync();
        var forCoHandler = await (await (await app.LoginAsync("staff-jxj")).GetAsync($"/api/cases/{number}")).OkJsonAsync();
        var forEnterprise = await (await (await app.LoginAsync("ent-jingcai")).GetAsync($"/api/cases/{number}")).OkJsonAsync();

        Assert.Equal(["sign-for", "request-return"], Names(forStaff));
        Assert.Empty(Names(forCoHandler));
        Assert.Equal(["withdraw"], Names(forEnterprise));
    }

    [Fact]
    public async Task AnyEndpoint_Answers401_WithoutCredentials()
    {
        var anonymous = app.Anonymous();

        await (await anonymous.GetAsync("/api/cases")).ProblemAsync(HttpStatusCode.Unauthorized);
        await (await anonymous.PostAsJsonAsync("/api/cases", LandProblem)).ProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Create_Answers400ProblemDetails_WhenBodyIsNotJson()
    {
        var enterprise = await app.LoginAsync("ent-jingcai");

        var problem = await (await enterprise.PostAsync("/api/cases", new StringContent("{\"type\": \"Problem\", ", System.Text.Encoding.UTF8, "application/json")))
            .ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal("request.malformed", problem.GetProperty("code").GetString());
        Assert.Contains("JSON", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Create_Answers400WithChineseFieldErrors_WhenFieldsAreMissing()
    {
        var enterprise = await app.LoginAsync("ent-jingcai");

        var problem = await (await enterprise.PostAsJsonAsync("/api/cases", new { type = "Problem", urgency = "Urgent", complexity = "Normal" }))
            .ProblemAsync(HttpStatusCode.BadRequest);

        var errors = problem.GetProperty("errors");
        Assert.Equal("请描述您遇到的问题。", errors.GetProperty("description")[0].GetString());
        Assert.Equal("紧急诉求请说明紧急的原因。", errors.GetProperty("urgencyReason")[0].GetString());
    }

    [Fact]
    public async Task Create_LeavesNothingWritten_WhenTheDomainRefuses()
    {
        var enterprise = await app.LoginAsync("ent-jingcai");
        var before = await CountsAsync();

        var refused = await enterprise.PostAsJsonAsync("/api/cases", new
        {
            type = "Problem",
            description = "我们公司年纳税600多万，想扩建厂房但没有地。",
            urgency = "Normal",
            complexity = "Normal",
            contactName = "王建国",
            contactMobile = "1395790000",
        });
        var problem = await refused.ProblemAsync(HttpStatusCode.BadRequest);
        var after = await CountsAsync();
        var next = await (await enterprise.PostAsJsonAsync("/api/cases", LandProblem)).OkJsonAsync(HttpStatusCode.Created);

        Assert.Contains("11位", problem.GetProperty("detail").GetString());
        Assert.Equal(before, after);
        Assert.Equal($"QY2026-{before.LastNumber + 1:D6}", next.GetProperty("number").GetString());
    }

    [Fact]
    public async Task Act_Answers409AndChangesNothing_WhenTheStateForbidsTheAction()
    {
        var number = await NewDispatchedCaseAsync();
        var staff = await app.LoginAsync("staff-zrzy");
        var before = await (await staff.GetAsync($"/api/cases/{number}")).OkJsonAsync();

        var problem = await (await staff.ActAsync(number, "answer", new { text = "未签收就答复" })).ProblemAsync(HttpStatusCode.Conflict);
        var after = await (await staff.GetAsync($"/api/cases/{number}")).OkJsonAsync();

        Assert.Contains("待签收", problem.GetProperty("detail").GetString());
        Assert.Equal(before.GetProperty("version").GetInt64(), after.GetProperty("version").GetInt64());
        Assert.Equal(before.GetProperty("timeline").GetArrayLength(), after.GetProperty("timeline").GetArrayLength());
    }

    [Fact]
    public async Task Act_Answers403_WhenTheRoleMayNotTakeTheAction()
    {
        var number = await NewDispatchedCaseAsync();
        var enterprise = await app.LoginAsync("ent-jingcai");

        await (await enterprise.ActAsync(number, "dispatch", new { leadBureau = "swj" })).ProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Act_Answers404_ForAnUnknownAction()
    {
        var number = await NewDispatchedCaseAsync();
        var dispatcher = await app.LoginAsync("dispatcher");

        var problem = await (await dispatcher.ActAsync(number, "teleport")).ProblemAsync(HttpStatusCode.NotFound);

        Assert.Contains("sign-for", problem.GetProperty("detail").GetString());
    }

    private static string[] Names(JsonElement detail) =>
        detail.GetProperty("permittedActions").EnumerateArray().Select(a => a.GetProperty("name").GetString()!).ToArray();

    private static async Task<JsonElement> Expect(Task<HttpResponseMessage> action, string state)
    {
        var detail = await (await action).OkJsonAsync();
        Assert.Equal(state, detail.GetProperty("state").GetString());
        return detail;
    }

    private async Task<string> NewDispatchedCaseAsync()
    {
        var enterprise = await app.LoginAsync("ent-jingcai");
        var dispatcher = await app.LoginAsync("dispatcher");
        var number = (await (await enterprise.PostAsJsonAsync("/api/cases", LandProblem)).OkJsonAsync(HttpStatusCode.Created)).GetProperty("number").GetString()!;
        await (await dispatcher.ActAsync(number, "dispatch", new { leadBureau = "zrzy", coHandlers = new[] { "jxj" } })).OkJsonAsync();
        return number;
    }

    private async Task<(int Cases, int Timeline, int Audit, int Outbox, int LastNumber)> CountsAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ServiceBotDbContext>();
        var numbers = await db.Cases.Select(c => c.Number).ToListAsync();
        return (
            await db.Cases.CountAsync(),
            await db.Cases.SumAsync(c => c.TimelineLength),
            await db.AuditEntries.CountAsync(),
            await db.OutboxMessages.CountAsync(),
            numbers.Select(n => int.Parse(n[7..], System.Globalization.CultureInfo.InvariantCulture)).DefaultIfEmpty(0).Max());
    }
}
