using Microsoft.Extensions.DependencyInjection;
using ServiceBot.Application.Cases.CreateCase;
using ServiceBot.Application.Cases.ListCases;
using ServiceBot.Application.Conversations.Verification;
using ServiceBot.Dialogs.Tests.Support;
using ServiceBot.Domain.Cases;
using ServiceBot.Domain.Enterprises;
using ServiceBot.Infrastructure.Persistence;
using ServiceBot.Testing;

namespace ServiceBot.Dialogs.Tests.Flows.Profile;

/// <summary>
/// SMS verification, the pluggable step of the profile (<c>Dialogs:SmsVerification</c>): with a fake code sender,
/// a chat user whose mobile the enterprise already had on record gets to see the enterprise's cases; anyone else who
/// names the enterprise keeps seeing only their own.
/// </summary>
public sealed class ProfileDialogTests : IAsyncLifetime
{
    private const string Code = "91330726MA28D4K2XB";
    private const string ContactMobile = "13957900001";
    private readonly FakeCodeSender _sms = new();
    private ChatHarness _chat = null!;
    private string _theirCase = string.Empty;

    public async Task InitializeAsync()
    {
        _chat = await ChatHarness.StartAsync(
            new Dictionary<string, string?> { ["Dialogs:SmsVerification"] = "true" },
            services => services.AddSingleton<IVerificationCodeSender>(_sms));
        await _chat.Services.InScopeAsync(null, sp =>
        {
            var db = sp.GetRequiredService<ServiceBotDbContext>();
            var enterprise = Enterprise.Register("浦江县晶彩水晶有限公司", Code, "浦阳街道", null, _chat.Services.Clock.GetUtcNow()).Value;
            enterprise.AddOrUpdateContact("王建国", ContactMobile, null);
            db.Enterprises.Add(enterprise);
            return db.SaveChangesAsync();
        });
        _theirCase = (await _chat.Services.SendAsync(TestActors.Coordinator, new CreateCaseCommand(
            CaseType.Problem, null, "我们公司年纳税600多万，想扩建厂房但没有地。", CaseUrgency.Normal, null, CaseComplexity.Normal,
            "王建国", ContactMobile, "phone", null, "浦江县晶彩水晶有限公司", Code))).Value.Number;
    }

    public async Task DisposeAsync() => await _chat.DisposeAsync();

    [Fact]
    public async Task Verify_ShowsTheEnterprisesCases_WhenTheCodeProvesAMobileOnRecord()
    {
        var conversation = await RegisterAsync(ContactMobile);

        var verified = await _chat.SayAsync(conversation, _sms.Sent[^1].Code);
        var actor = await _chat.LinkedActorAsync(conversation);
        var seen = await _chat.Services.SendAsync(actor, new ListCasesQuery());

        Assert.Contains("验证成功", Text(verified), StringComparison.Ordinal);
        Assert.False(actor!.OwnCasesOnly);
        Assert.Contains(seen.Value.Items, c => c.Number == _theirCase);
    }

    [Fact]
    public async Task Verify_KeepsOwnCasesOnly_WhenTheProvedMobileIsNotTheEnterprises()
    {
        var conversation = await RegisterAsync("13800000009");

        var verified = await _chat.SayAsync(conversation, _sms.Sent[^1].Code);
        var actor = await _chat.LinkedActorAsync(conversation);
        var seen = await _chat.Services.SendAsync(actor, new ListCasesQuery());

        Assert.Contains("仍只能查看自己提交的诉求", Text(verified), StringComparison.Ordinal);
        Assert.True(actor!.OwnCasesOnly);
        Assert.Empty(seen.Value.Items);
    }

    [Fact]
    public async Task Verify_AsksAgain_WhenTheCodeIsWrong_AndGoesOnUnverified_WhenSkipped()
    {
        var conversation = await RegisterAsync(ContactMobile);

        var wrong = await _chat.SayAsync(conversation, "000000" == _sms.Sent[^1].Code ? "111111" : "000000");
        var skipped = await _chat.SayAsync(conversation, "跳过");
        var actor = await _chat.LinkedActorAsync(conversation);

        Assert.Contains("验证码不正确", Text(wrong), StringComparison.Ordinal);
        Assert.Contains("请输入短信验证码", Text(wrong), StringComparison.Ordinal);
        Assert.Contains("暂不验证", Text(skipped), StringComparison.Ordinal);
        Assert.True(actor!.OwnCasesOnly);
    }

    [Fact]
    public async Task Register_SendsTheCodeToTheMobileTheUserGave()
    {
        await RegisterAsync(ContactMobile);

        Assert.Equal(ContactMobile, _sms.Sent[^1].Mobile);
        Assert.Matches("^[0-9]{6}$", _sms.Sent[^1].Code);
    }

    private async Task<string> RegisterAsync(string mobile)
    {
        var conversation = await _chat.NewConversationAsync();
        await _chat.SayAsync(conversation, "修改企业信息");
        await _chat.SayAsync(conversation, "浦江县晶彩水晶有限公司");
        await _chat.SayAsync(conversation, Code);
        await _chat.SayAsync(conversation, "王建国");
        var sent = await _chat.SayAsync(conversation, mobile);
        Assert.Contains("短信验证码", Text(sent), StringComparison.Ordinal);
        return conversation;
    }

    private static string Text(IReadOnlyList<Turns.Reply> replies) => string.Join("\n", replies.Select(r => r.Text));
}
