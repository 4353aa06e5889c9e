using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ServiceBot.Application.Cases.CreateCase;
using ServiceBot.Application.Cases.GetCase;
using ServiceBot.Application.Cases.ListCases;
using ServiceBot.Application.Conversations.GetChatProfile;
using ServiceBot.Application.Conversations.LinkChatUser;
using ServiceBot.Domain.Cases;
using ServiceBot.Domain.Common;
using ServiceBot.Domain.Users;
using ServiceBot.Infrastructure.Persistence;
using ServiceBot.Testing;

namespace ServiceBot.Application.Tests.Conversations.LinkChatUser;

public sealed class LinkChatUserHandlerTests : IAsyncLifetime
{
    private const string Jingcai = "91330726MA28D4K2XB";
    private const string NewCode = "91330726MA2XXXXXXN";
    private TestServices _services = null!;

    public async Task InitializeAsync() => _services = await TestServices.StartAsync();

    public async Task DisposeAsync() => await _services.DisposeAsync();

    [Fact]
    public async Task Link_RegistersTheEnterpriseAndAnOwnCasesOnlyAccount_WhenTheCodeIsNew()
    {
        var conversation = await ChatConversations.StartAsync(_services);

        var link = (await _services.SendAsync(null, new LinkChatUserCommand(conversation, "浦江县某某机械有限公司", NewCode, "张伟", "13857900000"))).Value;

        Assert.True(link.EnterpriseIsNew);
        Assert.True(link.AccountIsNew);
        Assert.Equal(new Actor(link.Actor.Id, "张伟", Role.EnterpriseUser, EnterpriseId: link.Actor.EnterpriseId) { OwnCasesOnly = true }, link.Actor);
        var stored = await _services.InScopeAsync(null, async sp =>
        {
            var db = sp.GetRequiredService<ServiceBotDbContext>();
            var linked = await db.Conversations.Where(c => c.Id == conversation).Select(c => c.LinkedUserId).SingleAsync();
            var enterprise = await db.Enterprises.Include(e => e.Contacts).SingleAsync(e => e.CreditCode == NewCode);
            var user = await db.Users.SingleAsync(u => u.Id == linked);
            return (linked, enterprise, user);
        });
        Assert.Equal(link.Actor.Id, stored.linked);
        Assert.Equal("浦江县某某机械有限公司", stored.enterprise.Name);
        Assert.Equal(link.Actor.Id, Assert.Single(stored.enterprise.Contacts).UserId);
        Assert.True(stored.user.OwnCasesOnly);
        Assert.Null(stored.user.PasswordHash);
    }

    [Fact]
    public async Task Link_KeepsTheLinkedAccount_WhenTheSameEnterpriseIsNamedAgain()
    {
        var conversation = await ChatConversations.StartAsync(_services);
        var first = (await _services.SendAsync(null, new LinkChatUserCommand(conversation, "浦江县某某机械有限公司", NewCode, "张伟", "13857900000"))).Value;

        var again = await _services.SendAsync(first.Actor, new LinkChatUserCommand(conversation, "浦江县某某机械有限公司", NewCode, "张伟", "13857900001"));
        var profile = await _services.SendAsync(again.Value.Actor, new GetChatProfileQuery());

        Assert.False(again.Value.AccountIsNew);
        Assert.Equal(first.Actor.Id, again.Value.Actor.Id);
        Assert.Equal(new ChatProfile("浦江县某某机械有限公司", NewCode, "张伟", "13857900001", OwnCasesOnly: true), profile.Value);
    }

    [Fact]
    public async Task Link_SeesOnlyItsOwnReports_WhenTheCodeIsAnExistingEnterprises()
    {
        var coordinator = new Actor("c1", "调度员", Role.Coordinator);
        var theirs = (await _services.SendAsync(coordinator, Report("我们公司年纳税600多万，想扩建厂房但没有地。", Jingcai))).Value.Number;
        var conversation = await ChatConversations.StartAsync(_services);
        var impostor = (await _services.SendAsync(null, new LinkChatUserCommand(conversation, "浦江县晶彩水晶有限公司", Jingcai, "冒名者", "13800000009"))).Value;

        var own = (await _services.SendAsync(impostor.Actor, Report("厂区门口的路灯坏了三个月，请帮忙修好。", null))).Value.Number;
        var listed = await _services.SendAsync(impostor.Actor, new ListCasesQuery());
        var other = await _services.SendAsync(impostor.Actor, new GetCaseQuery(theirs));
        var verified = new Actor("u-jingcai", "王建国", Role.EnterpriseUser, EnterpriseId: impostor.Actor.EnterpriseId);
        var verifiedSees = await _services.SendAsync(verified, new ListCasesQuery());

        Assert.False(impostor.EnterpriseIsNew);
        Assert.Equal([own], listed.Value.Items.Select(c => c.Number));
        Assert.Equal(ErrorKind.NotFound, other.Error!.Kind);
        Assert.Equal([own, theirs], verifiedSees.Value.Items.Select(c => c.Number).Order(StringComparer.Ordinal).Reverse());
    }

    [Theory]
    [InlineData("91330726MA28D4K2XC", "13857900000", "校验位")]
    [InlineData(NewCode, "0579-84123456", "11位")]
    public async Task Link_RefusesWithTheReason_WhenTheCodeOrMobileIsWrong(string code, string mobile, string reason)
    {
        var conversation = await ChatConversations.StartAsync(_services);

        var link = await _services.SendAsync(null, new LinkChatUserCommand(conversation, "浦江县某某机械有限公司", code, "张伟", mobile));

        Assert.Equal(ErrorKind.Validation, link.Error!.Kind);
        Assert.Contains(reason, link.Error.Message, StringComparison.Ordinal);
    }

    private static CreateCaseCommand Report(string description, string? code) =>
        new(CaseType.Problem, null, description, CaseUrgency.Normal, null, CaseComplexity.Normal, "王建国", "13957900001", "api", null, "浦江县晶彩水晶有限公司", code);
}
