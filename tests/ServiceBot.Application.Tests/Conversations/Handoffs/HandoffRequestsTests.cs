using ServiceBot.Application.Conversations.Handoffs;
using ServiceBot.Application.Conversations.Handoffs.GetOpenHandoff;
using ServiceBot.Application.Conversations.Handoffs.LeaveHandoff;
using ServiceBot.Application.Conversations.Handoffs.ListHandoffs;
using ServiceBot.Application.Conversations.Handoffs.RecordHandoffMessage;
using ServiceBot.Application.Conversations.Handoffs.RequestHandoff;
using ServiceBot.Domain.Common;
using ServiceBot.Domain.Users;
using ServiceBot.Testing;

namespace ServiceBot.Application.Tests.Conversations.Handoffs;

/// <summary>The chat side of 转人工 and the coordinator's queue over the real database.</summary>
public sealed class HandoffRequestsTests : IAsyncLifetime
{
    private static readonly Actor Coordinator = new("c1", "调度员", Role.Coordinator);
    private static readonly Actor Entrepreneur = new("e1", "张伟", Role.EnterpriseUser, EnterpriseId: Guid.NewGuid()) { OwnCasesOnly = true };
    private TestServices _services = null!;

    public async Task InitializeAsync() => _services = await TestServices.StartAsync();

    public async Task DisposeAsync() => await _services.DisposeAsync();

    [Fact]
    public async Task Request_QueuesTheConversationOnce_AsTheLinkedUser()
    {
        var conversation = await ChatConversations.StartAsync(_services);

        var first = await _services.SendAsync(Entrepreneur, new RequestHandoffCommand(conversation, "在“反映问题”过程中请求人工"));
        var second = await _services.SendAsync(Entrepreneur, new RequestHandoffCommand(conversation, "again"));

        Assert.Equal(first.Value.Id, second.Value.Id);
        Assert.Equal((HandoffStatus.Waiting, "e1", "张伟", "在“反映问题”过程中请求人工"), (first.Value.Status, first.Value.UserId, first.Value.UserName, first.Value.Reason));
    }

    [Fact]
    public async Task Record_AppendsTheUsersMessages_WhileTheHandoffIsOpen()
    {
        var conversation = await ChatConversations.StartAsync(_services);
        await _services.SendAsync(null, new RequestHandoffCommand(conversation, "请求人工"));

        await _services.SendAsync(null, new RecordHandoffMessageCommand(conversation, "我想当面说说用地的事", []));
        var second = await _services.SendAsync(null, new RecordHandoffMessageCommand(conversation, null, [new HandoffFile("规划图.pdf", "application/pdf", 100, "k1")]));
        var empty = await _services.SendAsync(null, new RecordHandoffMessageCommand(conversation, "  ", []));

        Assert.Equal(2, second.Value.MessageCount);
        Assert.Equal(ErrorKind.Validation, empty.Error!.Kind);
    }

    [Fact]
    public async Task Leave_ClosesTheHandoff_AndTheChatRunsItsFlowsAgain()
    {
        var conversation = await ChatConversations.StartAsync(_services);
        await _services.SendAsync(null, new RequestHandoffCommand(conversation, "请求人工"));

        var left = await _services.SendAsync(null, new LeaveHandoffCommand(conversation));
        var open = await _services.SendAsync(null, new GetOpenHandoffQuery(conversation));
        var recorded = await _services.SendAsync(null, new RecordHandoffMessageCommand(conversation, "还在吗", []));

        Assert.True(left.IsSuccess);
        Assert.Equal(ErrorKind.NotFound, open.Error!.Kind);
        Assert.Equal(ErrorKind.NotFound, recorded.Error!.Kind);
    }

    [Fact]
    public async Task List_ShowsTheCoordinatorsQueue_WaitingFirstOldestFirst()
    {
        var older = await ChatConversations.StartAsync(_services);
        var newer = await ChatConversations.StartAsync(_services);
        var closed = await ChatConversations.StartAsync(_services);
        await _services.SendAsync(null, new RequestHandoffCommand(older, "第一个"));
        _services.Clock.Advance(TimeSpan.FromMinutes(5));
        await _services.SendAsync(Entrepreneur, new RequestHandoffCommand(newer, "第二个"));
        await _services.SendAsync(null, new RequestHandoffCommand(closed, "已结束"));
        await _services.SendAsync(null, new LeaveHandoffCommand(closed));

        var queue = await _services.SendAsync(Coordinator, new ListHandoffsQuery());
        var forbidden = await _services.SendAsync(Entrepreneur, new ListHandoffsQuery());

        Assert.Equal([older, newer], queue.Value.Items.Where(h => h.ConversationId != closed).Select(h => h.ConversationId).Take(2));
        Assert.DoesNotContain(queue.Value.Items, h => h.ConversationId == closed);
        Assert.Equal(ErrorKind.Forbidden, forbidden.Error!.Kind);
    }
}
