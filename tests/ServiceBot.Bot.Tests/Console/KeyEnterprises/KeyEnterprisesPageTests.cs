using System.Net;
using ServiceBot.Bot.Tests.Support;

namespace ServiceBot.Bot.Tests.Console.KeyEnterprises;

/// <summary>The coordinator's office keeps the list of key enterprises and the leaders who keep in touch with them.</summary>
public sealed class KeyEnterprisesPageTests(ServiceBotApp app) : IClassFixture<ServiceBotApp>
{
    private const string Huasuo = "913307267045671235";

    [Theory]
    [InlineData("staff-zrzy")]
    [InlineData("head-zrzy")]
    [InlineData("leader")]
    [InlineData("admin")]
    public async Task Post_IsForbidden_ForAnyoneButTheCoordinatorOffice(string user)
    {
        using var browser = await ConsoleBrowser.SignInAsync(app, user);

        var response = await browser.PostAsync("/console/keyenterprises", [new("creditCode", Huasuo), new("leaderCode", "county-head")], tokenFrom: "/console/notifications");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Post_AssignsTheLeader_AndTheEnterpriseIsListedUnderThem()
    {
        using var browser = await ConsoleBrowser.SignInAsync(app, "dispatcher");

        var response = await browser.PostAsync("/console/keyenterprises", [new("creditCode", Huasuo), new("leaderCode", "county-head")]);
        var page = await (await browser.GetAsync("/console/keyenterprises?all=true")).Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("浙江华锁五金制造有限公司", page, StringComparison.Ordinal);
        Assert.Contains("已设定“浙江华锁五金制造有限公司”的联系县领导。", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_ShowsTheRefusalInChinese_AndKeepsTheTypedCode()
    {
        using var browser = await ConsoleBrowser.SignInAsync(app, "dispatcher");

        var response = await browser.PostAsync("/console/keyenterprises", [new("creditCode", "91330726MA2CE5TL3E"), new("leaderCode", "county-head")]);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("系统中没有统一社会信用代码为 91330726MA2CE5TL3E 的企业", html, StringComparison.Ordinal);
        Assert.Contains("value=\"91330726MA2CE5TL3E\"", html, StringComparison.Ordinal);
    }
}
