using ServiceBot.Dialogs.Engine.Prompts;
using ServiceBot.Dialogs.Tests.Support;

namespace ServiceBot.Dialogs.Tests.Engine.Prompts;

public sealed class CreditCodePromptTests
{
    [Theory]
    [InlineData("91330726MA28D4K2XB")]
    [InlineData("91330726ma28d4k2xb")]
    [InlineData("代码是 91330726MA28D4K2XB，谢谢")]
    [InlineData("９１３３０７２６ＭＡ２８Ｄ４Ｋ２ＸＢ")]
    public async Task ContinueAsync_ReturnsTheCode_WhenItIsValid(string answer)
    {
        var probe = await PromptProbe.StartedAsync(new CreditCodePrompt("Code", new LanguageUnderstanding(new DateOnly(2026, 11, 23))), PromptOptions.Say("请输入代码"));

        await probe.AnswerAsync(answer);

        Assert.Equal("91330726MA28D4K2XB", probe.Result);
    }

    [Theory]
    [InlineData("91330726MA28D4K2XC", "校验位不正确")]
    [InlineData("91330726MA28D4K2X", "应为18位")]
    [InlineData("信用代码91330726MA28D4K2XC", "校验位不正确")]
    public async Task ContinueAsync_SaysWhatIsWrong_WhenTheCodeIsInvalid(string answer, string reason)
    {
        var probe = await PromptProbe.StartedAsync(new CreditCodePrompt("Code", new LanguageUnderstanding(new DateOnly(2026, 11, 23))), PromptOptions.Say("请输入代码"));

        var reply = Assert.Single(await probe.AnswerAsync(answer));

        Assert.Contains(reason, reply.Text, StringComparison.Ordinal);
        Assert.False(probe.Answered);
    }
}
