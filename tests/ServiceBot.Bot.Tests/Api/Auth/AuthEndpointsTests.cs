using System.Net;
using System.Net.Http.Json;
using ServiceBot.Bot.Tests.Support;

namespace ServiceBot.Bot.Tests.Api.Auth;

public sealed class AuthEndpointsTests(ServiceBotApp app) : IClassFixture<ServiceBotApp>
{
    [Fact]
    public async Task Login_IssuesABearerTokenThatIdentifiesTheAccount()
    {
        var client = await app.LoginAsync("head-tax");

        var me = await (await client.GetAsync("/api/auth/me")).OkJsonAsync();

        Assert.Equal("BureauHead", me.GetProperty("role").GetString());
        Assert.Equal("tax", me.GetProperty("bureauCode").GetString());
        Assert.Equal("责任单位负责人", me.GetProperty("roleName").GetString());
    }

    [Fact]
    public async Task Login_Answers401InChinese_WhenThePasswordIsWrong()
    {
        var response = await app.Anonymous().PostAsJsonAsync("/api/auth/login", new { username = "staff-kjj", password = "wrong-password" });

        var problem = await response.ProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal("用户名或密码错误。", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Login_LocksTheAccount_AfterFiveFailures()
    {
        var client = app.Anonymous();
        for (var i = 0; i < 5; i++)
        {
            await client.PostAsJsonAsync("/api/auth/login", new { username = "staff-rsj", password = "wrong-password" });
        }

        var withRightPassword = await client.PostAsJsonAsync("/api/auth/login", new { username = "staff-rsj", password = ServiceBotApp.Password });

        var problem = await withRightPassword.ProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal("auth.lockedOut", problem.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Login_Answers400_WhenFieldsAreMissing()
    {
        var response = await app.Anonymous().PostAsJsonAsync("/api/auth/login", new { username = "admin" });

        await response.ProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Me_Answers401_WithATamperedToken()
    {
        var client = app.Anonymous();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "CfDJ8tampered");

        var response = await client.GetAsync("/api/auth/me");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
