using System.Text;
using Microsoft.Extensions.DependencyInjection;
using ServiceBot.Application.Cases.CreateCase;
using ServiceBot.Application.Cases.GetCase;
using ServiceBot.Application.Cases.ReportCase;
using ServiceBot.Application.Common.Storage;
using ServiceBot.Application.Conversations.LinkChatUser;
using ServiceBot.Application.Tests.Conversations;
using ServiceBot.Domain.Cases;
using ServiceBot.Testing;

namespace ServiceBot.Application.Tests.Cases.ReportCase;

public sealed class ReportCaseHandlerTests
{
    [Fact]
    public async Task Report_FilesAttachesAndDispatchesAtOnce_AndTriageThenOnlyRecordsItsProposal()
    {
        await using var services = await TestServices.StartAsync();
        var conversation = await ChatConversations.StartAsync(services);
        var reporter = (await services.SendAsync(null, new LinkChatUserCommand(conversation, "浦江县某某机械有限公司", "91330726MA2XXXXXXN", "张伟", "13857900000"))).Value.Actor;
        var key = await services.InScopeAsync(null, sp => sp.GetRequiredService<IFileStorage>().SaveAsync(new MemoryStream(Encoding.UTF8.GetBytes("jpg")), "现场.jpg", CancellationToken.None));
        var create = new CreateCaseCommand(CaseType.Problem, null, "我们厂扩建需要用地，规划许可一直办不下来", CaseUrgency.Normal, null, CaseComplexity.Normal, "张伟", "13857900000", "webchat", conversation);

        var reported = await services.SendAsync(reporter, new ReportCaseCommand(create, [new("现场.jpg", "image/jpeg", 3, key), new("丢失.pdf", "application/pdf", 3, "missing")], "zrzy"));
        await services.ProcessOutboxAsync();
        var detail = (await services.SendAsync(reporter, new GetCaseQuery(reported.Value.Number))).Value;

        Assert.True(reported.Value.Dispatched);
        Assert.Equal(["丢失.pdf"], reported.Value.FilesNotAttached);
        Assert.Equal(("现场.jpg", CaseState.Dispatched, "zrzy"), (Assert.Single(detail.Attachments).FileName, detail.State, detail.LeadBureau?.Code));
        Assert.Equal("zrzy", detail.Triage.BureauCode);
        Assert.Single(detail.Timeline, t => t.Action == "Dispatch");
    }

    [Fact]
    public async Task Report_FilesNothing_WhenTheCaseIsRefused()
    {
        await using var services = await TestServices.StartAsync();
        var conversation = await ChatConversations.StartAsync(services);
        var reporter = (await services.SendAsync(null, new LinkChatUserCommand(conversation, "浦江县某某机械有限公司", "91330726MA2XXXXXXN", "张伟", "13857900000"))).Value.Actor;
        var create = new CreateCaseCommand(CaseType.Problem, null, "太短", CaseUrgency.Normal, null, CaseComplexity.Normal, "张伟", "13857900000", "webchat", conversation);

        var reported = await services.SendAsync(reporter, new ReportCaseCommand(create, [], "zrzy"));

        Assert.False(reported.IsSuccess);
        Assert.Contains("至少10个字", reported.Error!.Message, StringComparison.Ordinal);
    }
}
