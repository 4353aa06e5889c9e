using System.Text;
using Microsoft.Extensions.DependencyInjection;
using ServiceBot.Application.Conversations.DialogStates;
using ServiceBot.Dialogs.Tests.Support;
using Xunit.Abstractions;

namespace ServiceBot.Dialogs.Tests.Flows.ReportProblem;

public sealed class ReportProblemDialogTests(ITestOutputHelper output)
{
    [Fact]
    public async Task SummaryStepAsync_KeepsTheStoredStateSmall_WhileTheSummaryWaits()
    {
        await using var chat = await ChatHarness.StartAsync();
        var conversation = await chat.NewConversationAsync();
        await chat.SayAsync(conversation, "我是浦江县某某机械有限公司的张伟，统一社会信用代码91330726MA2XXXXXXN，电话13857900000，我们厂扩建需要用地，规划许可一直办不下来");
        await chat.SayAsync(conversation, "确认");
        await chat.SayAsync(conversation, "一般");
        await chat.SendFilesAsync(conversation, ["现场.jpg"]);
        await chat.SayAsync(conversation, "跳过");

        var stored = await chat.Services.InScopeAsync(null, sp => sp.GetRequiredService<IDialogStateStore>().LoadAsync(conversation, CancellationToken.None));

        var bytes = Encoding.UTF8.GetByteCount(stored!.Json);
        output.WriteLine($"{bytes} bytes: {stored.Json}");
        Assert.Contains("\"stepName\":\"SummaryStepAsync\"", stored.Json, StringComparison.Ordinal);
        Assert.InRange(bytes, 1, 2048);
    }
}
