using System.Net;
using ServiceBot.Bot.Tests.Support;

namespace ServiceBot.Bot.Tests.Api.Calendar;

/// <summary>The public deadline calculator and calendar, as API clients and the console call them.</summary>
public sealed class CalendarEndpointsTests(ServiceBotApp app) : IClassFixture<ServiceBotApp>
{
    [Theory]
    // Spring Festival 2026: Friday 02-13 + 2 working days skips 02-15..02-23 and ends at 24:00 on Tuesday 02-24.
    [InlineData("2026-02-13T09:00:00%2B08:00", "workingDays=2", "2026-02-25T00:00:00+08:00", "2026-02-24")]
    // 17:30 UTC on Monday is 01:30 on Tuesday in China: Tuesday is the start day and does not count.
    [InlineData("2026-11-23T17:30:00Z", "workingDays=1", "2026-11-26T00:00:00+08:00", "2026-11-25")]
    // An unencoded '+' arrives as a space; it is still understood.
    [InlineData("2026-11-23T09:00:00+08:00", "workingDays=7", "2026-12-03T00:00:00+08:00", "2026-12-02")]
    // Natural hours run through nights and holidays.
    [InlineData("2026-09-30T23:00:00%2B08:00", "hours=2", "2026-10-01T01:00:00+08:00", "2026-10-01")]
    public async Task Deadline_AnswersDueInChinaTime_ForWorkingDaysAndHours(string from, string amount, string due, string dueDate)
    {
        var body = await (await app.Anonymous().GetAsync($"/api/calendar/deadline?from={from}&{amount}")).OkJsonAsync();

        Assert.Equal(due, body.GetProperty("due").GetString());
        Assert.Equal(dueDate, body.GetProperty("dueDate").GetString());
        Assert.False(body.GetProperty("provisional").GetBoolean());
        Assert.Equal("Asia/Shanghai", body.GetProperty("timeZone").GetString());
    }

    [Fact]
    public async Task Deadline_IsProvisional_WhenTheCountReaches2027()
    {
        var body = await (await app.Anonymous().GetAsync("/api/calendar/deadline?from=2026-12-30T10:00:00%2B08:00&workingDays=3")).OkJsonAsync();

        Assert.Equal("2027-01-05T00:00:00+08:00", body.GetProperty("due").GetString());
        Assert.True(body.GetProperty("provisional").GetBoolean());
        Assert.Contains("暂定", body.GetProperty("explanation").GetString());
    }

    [Theory]
    [InlineData("workingDays=3")]
    [InlineData("from=2026-11-23T09:00:00&workingDays=3")]
    [InlineData("from=next%20monday&workingDays=3")]
    [InlineData("from=2026-11-23T09:00:00Z")]
    [InlineData("from=2026-11-23T09:00:00Z&workingDays=3&hours=2")]
    [InlineData("from=2026-11-23T09:00:00Z&workingDays=three")]
    [InlineData("from=2026-11-23T09:00:00Z&workingDays=0")]
    [InlineData("from=2026-11-23T09:00:00Z&hours=-1")]
    public async Task Deadline_Answers400ProblemDetails_ForBadInput(string query)
    {
        var problem = await (await app.Anonymous().GetAsync($"/api/calendar/deadline?{query}")).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
        Assert.True(problem.TryGetProperty("errors", out _));
    }

    [Fact]
    public async Task Calendar_ListsLoadedYearsAndWarnsOf2027_InNovember2026()
    {
        var body = await (await app.Anonymous().GetAsync("/api/calendar")).OkJsonAsync();

        Assert.Equal([2025, 2026], body.GetProperty("years").EnumerateArray().Select(y => y.GetProperty("year").GetInt32()));
        Assert.Equal(2027, body.GetProperty("missingYear").GetInt32());
        Assert.Contains("2027", body.GetProperty("warning").GetString());
    }
}
