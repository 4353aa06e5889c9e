using Microsoft.Extensions.DependencyInjection;
using ServiceBot.Application.Cases.CreateCase;
using ServiceBot.Application.Cases.DispatchCase;
using ServiceBot.Application.Cases.DispatchReportedCase;
using ServiceBot.Application.Conversations.LinkChatUser;
using ServiceBot.Application.Notifications;
using ServiceBot.Application.Tests.Conversations;
using ServiceBot.Domain.Cases;
using ServiceBot.Domain.Users;
using ServiceBot.Testing;

namespace ServiceBot.Application.Tests.Notifications.Reactions;

public sealed class NotifyEnterpriseWhenCaseDispatchedTests
{
    private const string Land = "我们厂扩建需要用地，规划许可一直办不下来，希望帮忙协调";

    [Fact]
    public async Task Handle_TellsTheEnterpriseTheBureauAndDeadlines_WhenTheCoordinatorDispatches()
    {
        var chat = new RecordingChatNotifier();
        await using var services = await TestServices.StartAsync(configure: s => s.AddSingleton<IChatNotifier>(chat));
        var (_, number) = await ReportInChatAsync(services);

        await services.SendAsync(TestActors.Coordinator, new DispatchCaseCommand(number, "zrzy", [], false));
        await services.ProcessOutboxAsync();

        Assert.Contains(chat.ToEnterprises, m => m.CaseNumber == number && m.Text.Contains("已交办给县自然资源和规划局", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Handle_SaysNothing_WhenTheReporterConfirmedTheBureauInTheChat()
    {
        var chat = new RecordingChatNotifier();
        await using var services = await TestServices.StartAsync(configure: s => s.AddSingleton<IChatNotifier>(chat));
        var (reporter, number) = await ReportInChatAsync(services);

        Assert.True((await services.SendAsync(reporter, new DispatchReportedCaseCommand(number, "zrzy"))).Value);
        await services.ProcessOutboxAsync();

        Assert.DoesNotContain(chat.ToEnterprises, m => m.CaseNumber == number && m.Text.Contains("交办", StringComparison.Ordinal));
    }

    private static async Task<(Actor Reporter, string Number)> ReportInChatAsync(TestServices services)
    {
        var conversation = await ChatConversations.StartAsync(services);
        var link = (await services.SendAsync(null, new LinkChatUserCommand(conversation, "浦江县某某机械有限公司", "91330726MA2XXXXXXN", "张伟", "13857900000"))).Value;
        var created = await services.SendAsync(link.Actor, new CreateCaseCommand(
            CaseType.Problem, null, Land, CaseUrgency.Normal, null, CaseComplexity.Normal, "张伟", "13857900000", "webchat", conversation));
        return (link.Actor, created.Value.Number);
    }
}
