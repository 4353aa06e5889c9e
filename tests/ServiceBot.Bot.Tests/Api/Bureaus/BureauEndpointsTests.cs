using System.Net;
using System.Net.Http.Json;
using ServiceBot.Bot.Tests.Support;

namespace ServiceBot.Bot.Tests.Api.Bureaus;

public sealed class BureauEndpointsTests(ServiceBotApp app) : IClassFixture<ServiceBotApp>
{
    [Fact]
    public async Task List_ShowsTheSeededCatalog_ToAnyone()
    {
        var bureaus = await (await app.Anonymous().GetAsync("/api/bureaus")).OkJsonAsync();

        var codes = bureaus.EnumerateArray().Select(b => b.GetProperty("code").GetString()).ToList();
        Assert.Equal(25, codes.Count);
        Assert.Contains("ssfb", codes);
        Assert.Contains("zrzy", codes);
    }

    [Fact]
    public async Task Update_ChangesNameAndDuties_ForAnAdministrator()
    {
        var admin = await app.LoginAsync("admin");

        var updated = await (await admin.PutAsJsonAsync("/api/bureaus/slj", new { name = "县水利局", duties = "供水、排水与污水管网接入、取水许可、防汛", leaderInChargeCode = "exec-deputy", isActive = true }))
            .OkJsonAsync();

        Assert.Equal("县水利局", updated.GetProperty("name").GetString());
        Assert.Equal("exec-deputy", updated.GetProperty("leaderInChargeCode").GetString());
    }

    [Fact]
    public async Task Update_Answers403_ForStaff()
    {
        var staff = await app.LoginAsync("staff-zrzy");

        await (await staff.PutAsJsonAsync("/api/bureaus/zrzy", new { name = "改名" })).ProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Update_Answers400_ForAnUnknownLeader()
    {
        var admin = await app.LoginAsync("admin");

        var problem = await (await admin.PutAsJsonAsync("/api/bureaus/jtj", new { name = "县交通运输局", leaderInChargeCode = "nobody" }))
            .ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Contains("nobody", problem.GetProperty("detail").GetString());
    }
}
