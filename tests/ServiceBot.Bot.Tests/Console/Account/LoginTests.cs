using System.Net;
using ServiceBot.Bot.Tests.Support;

namespace ServiceBot.Bot.Tests.Console.Account;

/// <summary>Signing in to and out of the console with the Identity accounts: landing page by role, lockout, refusals in Chinese.</summary>
public sealed class LoginTests(ServiceBotApp app) : IClassFixture<ServiceBotApp>
{
    [Theory]
    [InlineData("staff-zrzy", "/console/cases")]
    [InlineData("head-tax", "/console/cases")]
    [InlineData("dispatcher", "/console/triage")]
    [InlineData("leader", "/console/cockpit")]
    [InlineData("admin", "/console/bureaus")]
    public async Task Login_LandsOnTheRolesMainPage(string user, string landing)
    {
        using var browser = ConsoleBrowser.Anonymous(app);

        var response = await browser.LoginAsync(user, ServiceBotApp.Password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(landing, response.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync(landing)).StatusCode);
    }

    [Fact]
    public async Task Login_ReturnsToTheAskedConsolePage_ButNeverElsewhere()
    {
        using var browser = ConsoleBrowser.Anonymous(app);
        var token = await browser.TokenAsync("/console/login");

        var local = await browser.Client.PostAsync(new Uri("/console/login?returnUrl=%2Fconsole%2Fnotifications", UriKind.Relative), Form("dispatcher", ServiceBotApp.Password, token));
        using var other = ConsoleBrowser.Anonymous(app);
        var away = await other.Client.PostAsync(new Uri("/console/login?returnUrl=https%3A%2F%2Fevil.example%2F", UriKind.Relative), Form("dispatcher", ServiceBotApp.Password, await other.TokenAsync("/console/login")));

        Assert.Equal("/console/notifications", local.Headers.Location?.OriginalString);
        Assert.Equal("/console/triage", away.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Login_RefusesAWrongPasswordInChinese()
    {
        using var browser = ConsoleBrowser.Anonymous(app);

        var response = await browser.LoginAsync("staff-swj", "wrong-password");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("用户名或密码错误", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_LocksTheAccountAfterFiveWrongPasswords_EvenForTheRightOneAfterwards()
    {
        using var browser = ConsoleBrowser.Anonymous(app);
        for (var i = 0; i < 5; i++)
        {
            await browser.LoginAsync("staff-jtj", "wrong-password");
        }

        var response = await browser.LoginAsync("staff-jtj", ServiceBotApp.Password);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("账号已锁定", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_RefusesAnEnterpriseAccount_AndPointsToTheChat()
    {
        using var browser = ConsoleBrowser.Anonymous(app);

        var response = await browser.LoginAsync("ent-jingcai", ServiceBotApp.Password);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("网页聊天", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/console/cases")).StatusCode);
    }

    [Fact]
    public async Task Logout_EndsTheSession()
    {
        using var browser = await ConsoleBrowser.SignInAsync(app, "staff-kjj");

        var response = await browser.PostAsync("/console/logout", [], tokenFrom: "/console/notifications");
        var after = await browser.GetAsync("/console/cases");

        Assert.Equal("/console/login", response.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("http://localhost/console/login", after.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_IsRefused_WhenSignedOut()
    {
        using var browser = ConsoleBrowser.Anonymous(app);
        var token = await browser.TokenAsync("/console/login");

        var response = await browser.Client.PostAsync(new Uri("/console/cases/QY2026-000001", UriKind.Relative), new FormUrlEncodedContent([new("action", "sign-for"), new("__csrf", token)]));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/console/login", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    private static FormUrlEncodedContent Form(string user, string password, string token) => new(new Dictionary<string, string>
    {
        ["username"] = user,
        ["password"] = password,
        ["__csrf"] = token,
    });
}
