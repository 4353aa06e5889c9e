using ServiceBot.Dialogs.Engine.Prompts;
using ServiceBot.Dialogs.Tests.Support;

namespace ServiceBot.Dialogs.Tests.Engine.Prompts;

public sealed class MobilePromptTests
{
    [Theory]
    [InlineData("13957900001")]
    [InlineData("139 5790 0001")]
    [InlineData("+86 139-5790-0001")]
    [InlineData("我的手机是13957900001")]
    public async Task ContinueAsync_ReturnsTheElevenDigits_WhenTheNumberIsAMobile(string answer)
    {
        var probe = await PromptProbe.StartedAsync(new MobilePrompt("Mobile", new LanguageUnderstanding(new DateOnly(2026, 11, 23))), PromptOptions.Say("手机号？"));

        await probe.AnswerAsync(answer);

        Assert.Equal("13957900001", probe.Result);
    }

    [Theory]
    [InlineData("0579-84123456")]
    [InlineData("12345")]
    public async Task ContinueAsync_AsksAgainWithTheRule_WhenTheNumberIsNoMobile(string answer)
    {
        var probe = await PromptProbe.StartedAsync(new MobilePrompt("Mobile", new LanguageUnderstanding(new DateOnly(2026, 11, 23))), PromptOptions.Say("手机号？"));

        var reply = Assert.Single(await probe.AnswerAsync(answer));

        Assert.StartsWith("手机号码应为11位数字", reply.Text, StringComparison.Ordinal);
    }
}
