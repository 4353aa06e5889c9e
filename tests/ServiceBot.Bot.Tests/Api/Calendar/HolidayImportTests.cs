using System.Net;
using System.Text;
using ServiceBot.Bot.Tests.Support;

namespace ServiceBot.Bot.Tests.Api.Calendar;

/// <summary>An administrator or the coordinator's office loads a new year's notice through the API; provisional deadlines are recounted under it.</summary>
public sealed class HolidayImportTests(ServiceBotApp app) : IClassFixture<ServiceBotApp>
{
    /// <summary>
    /// A made-up 2027 arrangement in the shipped format, for the test only: 2027's real notice is not published
    /// yet. New Year's Day off with a make-up Saturday, and a Spring Festival week.
    /// </summary>
    private const string Test2027 = """
        {
          "years": [
            {
              "year": 2027,
              "notice": "测试数据（非官方）",
              "holidays": [
                { "name": "元旦", "off": ["2027-01-01", "2027-01-03"], "workdays": ["2027-01-09"] },
                { "name": "春节", "off": ["2027-02-06", "2027-02-14"], "workdays": ["2027-02-20"] }
              ]
            }
          ]
        }
        """;

    [Fact]
    public async Task Import_LoadsTheYearAndRecountsProvisionalDeadlines()
    {
        var admin = await app.LoginAsync("admin");
        var number = await ProvisionalCaseAsync();
        var before = await AnswerClockAsync(number);
        Assert.True(before.GetProperty("provisional").GetBoolean());

        var imported = await (await admin.PostAsync("/api/admin/calendar/holidays", Json(Test2027))).OkJsonAsync();

        Assert.Equal([2025, 2026, 2027], imported.GetProperty("years").EnumerateArray().Select(y => y.GetProperty("year").GetInt32()));
        Assert.Equal(JsonValueKindNull, imported.GetProperty("missingYear").ValueKind);
        Assert.True(imported.GetProperty("recountedClocks").GetInt32() >= 1);
        var deadline = await (await app.Anonymous().GetAsync("/api/calendar/deadline?from=2026-12-30T10:00:00%2B08:00&workingDays=3")).OkJsonAsync();
        Assert.False(deadline.GetProperty("provisional").GetBoolean());
        Assert.Equal("2027-01-05", deadline.GetProperty("dueDate").GetString());

        // Dispatched Monday 2026-11-23 with a co-handler: 30 working days. Weekends only, that was Monday 2027-01-04;
        // with 01-01 off it is Tuesday 01-05.
        var after = await AnswerClockAsync(number);
        Assert.Equal("2027-01-04", before.GetProperty("dueDate").GetString());
        Assert.Equal("2027-01-05", after.GetProperty("dueDate").GetString());
        Assert.False(after.GetProperty("provisional").GetBoolean());
        var detail = await (await (await app.LoginAsync("dispatcher")).GetAsync($"/api/cases/{number}")).OkJsonAsync();
        Assert.Equal("时限重算", detail.GetProperty("timeline").EnumerateArray().Last().GetProperty("label").GetString());
    }

    [Fact]
    public async Task Import_Answers400_ForAFileThatIsNotANotice()
    {
        var admin = await app.LoginAsync("admin");

        var problem = await (await admin.PostAsync("/api/admin/calendar/holidays", Json("""{"years":[{"year":2028,"holidays":[{"name":"春节","off":["2028-02-10"]}]}]}""")))
            .ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal("calendar.notice.invalid", problem.GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("staff-zrzy")]
    [InlineData("head-zrzy")]
    [InlineData("leader")]
    public async Task Import_Answers403_ForBureausAndLeaders(string username)
    {
        var user = await app.LoginAsync(username);

        await (await user.PostAsync("/api/admin/calendar/holidays", Json(Test2027))).ProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Import_ReplacesAYear_ForTheCoordinatorOffice()
    {
        var dispatcher = await app.LoginAsync("dispatcher");
        var corrected2025 = """{"years":[{"year":2025,"notice":"测试：更正后的通知","holidays":[{"name":"元旦","off":["2025-01-01","2025-01-01"]}]}]}""";

        var imported = await (await dispatcher.PostAsync("/api/admin/calendar/holidays", Json(corrected2025))).OkJsonAsync();

        var year2025 = imported.GetProperty("years").EnumerateArray().Single(y => y.GetProperty("year").GetInt32() == 2025);
        Assert.Equal("测试：更正后的通知", year2025.GetProperty("notice").GetString());
    }

    private const System.Text.Json.JsonValueKind JsonValueKindNull = System.Text.Json.JsonValueKind.Null;

    private static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");

    private async Task<string> ProvisionalCaseAsync()
    {
        var enterprise = await app.LoginAsync("ent-jingcai");
        var dispatcher = await app.LoginAsync("dispatcher");
        var number = await enterprise.ReportAsync("企业扩建厂房需要新增工业用地约30亩，希望协调供地指标。", "用地");
        await (await dispatcher.ActAsync(number, "dispatch", new { leadBureau = "zrzy", coHandlers = new[] { "jxj" } })).OkJsonAsync();
        return number;
    }

    private async Task<System.Text.Json.JsonElement> AnswerClockAsync(string number)
    {
        var detail = await (await (await app.LoginAsync("dispatcher")).GetAsync($"/api/cases/{number}")).OkJsonAsync();
        return detail.GetProperty("clocks").EnumerateArray().Single(k => k.GetProperty("kind").GetString() == "Answer" && k.GetProperty("status").GetString() == "Running");
    }
}
