using ServiceBot.Application.Cases.CreateCase;
using ServiceBot.Application.Cases.DispatchReportedCase;
using ServiceBot.Application.Cases.GetCase;
using ServiceBot.Application.Conversations.LinkChatUser;
using ServiceBot.Application.Tests.Conversations;
using ServiceBot.Domain.Cases;
using ServiceBot.Domain.Common;
using ServiceBot.Domain.Users;
using ServiceBot.Testing;

namespace ServiceBot.Application.Tests.Cases.DispatchReportedCase;

public sealed class DispatchReportedCaseHandlerTests
{
    private const string Land = "我们厂扩建需要用地，规划许可一直办不下来，希望帮忙协调";

    [Fact]
    public async Task Dispatch_DispatchesAsTheSystem_WhenTriageConfidentlyNamesTheConfirmedBureau()
    {
        await using var services = await TestServices.StartAsync();
        var (reporter, number) = await ReportAsync(services, Land);

        var dispatched = await services.SendAsync(reporter, new DispatchReportedCaseCommand(number, "zrzy"));
        var detail = (await services.SendAsync(reporter, new GetCaseQuery(number))).Value;

        Assert.True(dispatched.Value);
        Assert.Equal((CaseState.Dispatched, "zrzy"), (detail.State, detail.LeadBureau?.Code));
        Assert.Equal("系统", detail.Timeline[^1].ActorName);
        Assert.Contains(detail.Clocks, c => c.Kind == ClockKind.SignFor);
    }

    [Fact]
    public async Task Dispatch_LeavesTheCaseToTheCoordinator_WhenTheUserNamedAnotherBureau()
    {
        await using var services = await TestServices.StartAsync();
        var (reporter, number) = await ReportAsync(services, Land);

        var dispatched = await services.SendAsync(reporter, new DispatchReportedCaseCommand(number, "tax"));

        Assert.False(dispatched.Value);
        Assert.Equal(CaseState.Submitted, (await services.SendAsync(reporter, new GetCaseQuery(number))).Value.State);
    }

    [Fact]
    public async Task Dispatch_LeavesTheCaseToTheCoordinator_WhenAutomaticDispatchIsOff()
    {
        await using var services = await TestServices.StartAsync(settings: new Dictionary<string, string?> { ["Triage:AutoDispatch"] = "false" });
        var (reporter, number) = await ReportAsync(services, Land);

        var dispatched = await services.SendAsync(reporter, new DispatchReportedCaseCommand(number, "zrzy"));

        Assert.False(dispatched.Value);
    }

    [Fact]
    public async Task Dispatch_IsRefused_WhenTheCallerDidNotReportTheCase()
    {
        await using var services = await TestServices.StartAsync();
        var (reporter, number) = await ReportAsync(services, Land);
        var colleague = new Actor("colleague", "同事", Role.EnterpriseUser, EnterpriseId: reporter.EnterpriseId);

        var dispatched = await services.SendAsync(colleague, new DispatchReportedCaseCommand(number, "zrzy"));

        Assert.Equal(ErrorKind.Forbidden, dispatched.Error!.Kind);
    }

    private static async Task<(Actor Reporter, string Number)> ReportAsync(TestServices services, string description)
    {
        var conversation = await ChatConversations.StartAsync(services);
        var link = (await services.SendAsync(null, new LinkChatUserCommand(conversation, "浦江县某某机械有限公司", "91330726MA2XXXXXXN", "张伟", "13857900000"))).Value;
        var created = await services.SendAsync(link.Actor, new CreateCaseCommand(
            CaseType.Problem, null, description, CaseUrgency.Normal, null, CaseComplexity.Normal, "张伟", "13857900000", "webchat", conversation));
        return (link.Actor, created.Value.Number);
    }
}
