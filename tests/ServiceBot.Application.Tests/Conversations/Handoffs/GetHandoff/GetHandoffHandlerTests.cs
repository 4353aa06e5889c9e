using System.Text;
using Microsoft.Extensions.DependencyInjection;
using ServiceBot.Application.Common.Storage;
using ServiceBot.Application.Conversations.Handoffs;
using ServiceBot.Application.Conversations.Handoffs.CountWaitingHandoffs;
using ServiceBot.Application.Conversations.Handoffs.GetHandoff;
using ServiceBot.Application.Conversations.Handoffs.GetHandoffFile;
using ServiceBot.Application.Conversations.Handoffs.ListHandoffs;
using ServiceBot.Application.Conversations.Handoffs.RecordHandoffMessage;
using ServiceBot.Application.Conversations.Handoffs.ReplyToHandoff;
using ServiceBot.Application.Conversations.Handoffs.RequestHandoff;
using ServiceBot.Domain.Common;
using ServiceBot.Domain.Users;
using ServiceBot.Testing;

namespace ServiceBot.Application.Tests.Conversations.Handoffs.GetHandoff;

/// <summary>What the coordinator's conversation page reads: the handoff, its messages (all, or the new ones), the files, the queue and its count.</summary>
public sealed class GetHandoffHandlerTests : IAsyncLifetime
{
    private TestServices _services = null!;

    public async Task InitializeAsync() => _services = await TestServices.StartAsync();

    public async Task DisposeAsync() => await _services.DisposeAsync();

    [Fact]
    public async Task Get_ReturnsOnlyTheMessagesAfterTheSequence_ForALiveRefresh()
    {
        var (conversation, handoff) = await HandoffSetup.ActiveAsync(_services);
        await _services.SendAsync(HandoffSetup.Dispatcher, new ReplyToHandoffCommand(handoff, "请讲"));
        await _services.SendAsync(null, new RecordHandoffMessageCommand(conversation, "是城北那块地", []));

        var all = (await _services.SendAsync(HandoffSetup.Dispatcher, new GetHandoffQuery(handoff))).Value;
        var later = (await _services.SendAsync(HandoffSetup.Dispatcher, new GetHandoffQuery(handoff, AfterSequence: 2))).Value;
        var none = (await _services.SendAsync(HandoffSetup.Dispatcher, new GetHandoffQuery(handoff, AfterSequence: 3))).Value;

        Assert.Equal([1, 2, 3], all.Messages.Select(m => m.Sequence));
        Assert.Equal(["是城北那块地"], later.Messages.Select(m => m.Text));
        Assert.Empty(none.Messages);
        Assert.Equal((3, 3, 3), (all.LastSequence, later.LastSequence, none.LastSequence));
    }

    [Fact]
    public async Task Get_SaysWhatEachMemberOfTheOfficeMayDo()
    {
        var (_, waiting) = await HandoffSetup.WaitingAsync(_services);
        var (_, active) = await HandoffSetup.ActiveAsync(_services);

        var waitingActions = (await _services.SendAsync(HandoffSetup.Admin, new GetHandoffQuery(waiting))).Value.PermittedActions;
        var mine = (await _services.SendAsync(HandoffSetup.Dispatcher, new GetHandoffQuery(active))).Value.PermittedActions;
        var someoneElses = (await _services.SendAsync(HandoffSetup.Admin, new GetHandoffQuery(active))).Value.PermittedActions;

        Assert.Equal([HandoffAction.Accept, HandoffAction.Close], waitingActions);
        Assert.Equal([HandoffAction.Reply, HandoffAction.Close], mine);
        Assert.Equal([HandoffAction.Close], someoneElses);
    }

    [Fact]
    public async Task Get_IsForbidden_OutsideTheOffice_AndNotFound_ForAnUnknownHandoff()
    {
        var (_, handoff) = await HandoffSetup.WaitingAsync(_services);

        var staff = await _services.SendAsync(TestActors.LeadStaff, new GetHandoffQuery(handoff));
        var leader = await _services.SendAsync(TestActors.Leader, new GetHandoffQuery(handoff));
        var unknown = await _services.SendAsync(HandoffSetup.Dispatcher, new GetHandoffQuery(Guid.NewGuid()));
        var negative = await _services.SendAsync(HandoffSetup.Dispatcher, new GetHandoffQuery(handoff, -1));

        Assert.Equal(ErrorKind.Forbidden, staff.Error!.Kind);
        Assert.Equal(ErrorKind.Forbidden, leader.Error!.Kind);
        Assert.Equal(ErrorKind.NotFound, unknown.Error!.Kind);
        Assert.Equal(ErrorKind.Validation, negative.Error!.Kind);
    }

    [Fact]
    public async Task GetFile_OpensAFileTheUserSent_AndNothingElse()
    {
        var (conversation, handoff) = await HandoffSetup.WaitingAsync(_services);
        var key = await _services.InScopeAsync(null, sp => sp.GetRequiredService<IFileStorage>().SaveAsync(new MemoryStream(Encoding.UTF8.GetBytes("%PDF-1.4 规划图")), "规划图.pdf", CancellationToken.None));
        await _services.SendAsync(null, new RecordHandoffMessageCommand(conversation, "图纸", [new HandoffFile("规划图.pdf", "application/pdf", 20, key)]));

        var detail = (await _services.SendAsync(HandoffSetup.Dispatcher, new GetHandoffQuery(handoff))).Value;
        var file = await _services.SendAsync(HandoffSetup.Dispatcher, new GetHandoffFileQuery(handoff, 2, 0));
        var wrongIndex = await _services.SendAsync(HandoffSetup.Dispatcher, new GetHandoffFileQuery(handoff, 2, 1));
        var wrongMessage = await _services.SendAsync(HandoffSetup.Dispatcher, new GetHandoffFileQuery(handoff, 1, 0));
        var staff = await _services.SendAsync(TestActors.LeadStaff, new GetHandoffFileQuery(handoff, 2, 0));

        Assert.Equal(new HandoffFileView(0, "规划图.pdf", "application/pdf", 20), Assert.Single(detail.Messages[1].Files));
        await using (var content = file.Value.Content)
        {
            Assert.Equal("%PDF-1.4 规划图", await new StreamReader(content).ReadToEndAsync());
        }

        Assert.Equal(("规划图.pdf", "application/pdf"), (file.Value.FileName, file.Value.ContentType));
        Assert.Equal(ErrorKind.NotFound, wrongIndex.Error!.Kind);
        Assert.Equal(ErrorKind.NotFound, wrongMessage.Error!.Kind);
        Assert.Equal(ErrorKind.Forbidden, staff.Error!.Kind);
    }

    [Fact]
    public async Task CountWaiting_CountsOnlyTheHandoffsNobodyAccepted()
    {
        await HandoffSetup.WaitingAsync(_services);
        await HandoffSetup.WaitingAsync(_services);
        await HandoffSetup.ActiveAsync(_services);

        var count = await _services.SendAsync(HandoffSetup.Admin, new CountWaitingHandoffsQuery());
        var forbidden = await _services.SendAsync(TestActors.LeadHead, new CountWaitingHandoffsQuery());

        Assert.Equal(2, count.Value);
        Assert.Equal(ErrorKind.Forbidden, forbidden.Error!.Kind);
    }

    [Fact]
    public async Task List_FindsByTheReasonOrTheUsersName_ForAnAdministratorToo()
    {
        var (_, anonymous) = await HandoffSetup.WaitingAsync(_services);
        var conversation = await ChatConversations.StartAsync(_services);
        await _services.SendAsync(
            new Actor("u-ent", "李经理", Role.EnterpriseUser, EnterpriseId: Guid.NewGuid()),
            new RequestHandoffCommand(conversation, "想问问排污许可"));

        var byReason = await _services.SendAsync(HandoffSetup.Admin, new ListHandoffsQuery(Text: "反映问题"));
        var byName = await _services.SendAsync(HandoffSetup.Dispatcher, new ListHandoffsQuery(Text: "李经理"));
        var tooLong = await _services.SendAsync(HandoffSetup.Dispatcher, new ListHandoffsQuery(Text: new string('字', 101)));

        Assert.Equal([anonymous], byReason.Value.Items.Select(h => h.Id));
        Assert.Equal(["李经理"], byName.Value.Items.Select(h => h.UserName));
        Assert.Equal(ErrorKind.Validation, tooLong.Error!.Kind);
    }
}
