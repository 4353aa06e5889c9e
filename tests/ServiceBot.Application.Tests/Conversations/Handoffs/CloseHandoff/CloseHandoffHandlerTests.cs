using ServiceBot.Application.Conversations.Handoffs;
using ServiceBot.Application.Conversations.Handoffs.CloseHandoff;
using ServiceBot.Application.Conversations.Handoffs.GetHandoff;
using ServiceBot.Application.Conversations.Handoffs.GetOpenHandoff;
using ServiceBot.Application.Conversations.Handoffs.LeaveHandoff;
using ServiceBot.Application.Conversations.Handoffs.RecordHandoffMessage;
using ServiceBot.Domain.Common;
using ServiceBot.Testing;

namespace ServiceBot.Application.Tests.Conversations.Handoffs.CloseHandoff;

public sealed class CloseHandoffHandlerTests : IAsyncLifetime
{
    private TestServices _services = null!;

    public async Task InitializeAsync() => _services = await TestServices.StartAsync();

    public async Task DisposeAsync() => await _services.DisposeAsync();

    [Fact]
    public async Task Close_EndsTheHandoffAndTellsTheUserOnce_WhenActive()
    {
        var (conversation, handoff) = await HandoffSetup.ActiveAsync(_services);

        var closed = await _services.SendAsync(HandoffSetup.Dispatcher, new CloseHandoffCommand(handoff));
        var again = await _services.SendAsync(HandoffSetup.Dispatcher, new CloseHandoffCommand(handoff));

        var detail = (await _services.SendAsync(HandoffSetup.Dispatcher, new GetHandoffQuery(handoff))).Value;
        var open = await _services.SendAsync(null, new GetOpenHandoffQuery(conversation));
        var texts = await HandoffSetup.ChatTextsAsync(_services, conversation);
        Assert.True(closed.IsSuccess);
        Assert.Equal(ErrorKind.Conflict, again.Error!.Kind);
        Assert.Equal((HandoffStatus.Closed, HandoffParty.Staff), (detail.Handoff.Status, detail.Handoff.ClosedBy));
        Assert.Empty(detail.PermittedActions);
        Assert.Equal(ErrorKind.NotFound, open.Error!.Kind);
        Assert.Equal(2, texts.Count);
        Assert.StartsWith("三服务办工作人员已结束本次人工服务", texts[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Close_IsAllowed_ToAnotherMemberOfTheOffice_AndWhileWaiting()
    {
        var (_, active) = await HandoffSetup.ActiveAsync(_services);
        var (_, waiting) = await HandoffSetup.WaitingAsync(_services);

        var closedActive = await _services.SendAsync(HandoffSetup.Admin, new CloseHandoffCommand(active));
        var closedWaiting = await _services.SendAsync(HandoffSetup.Admin, new CloseHandoffCommand(waiting));

        Assert.True(closedActive.IsSuccess);
        Assert.True(closedWaiting.IsSuccess);
    }

    [Fact]
    public async Task Close_AnswersConflictAndTellsNobody_WhenTheUserLeftFirst()
    {
        var (conversation, handoff) = await HandoffSetup.ActiveAsync(_services);
        await _services.SendAsync(null, new LeaveHandoffCommand(conversation));

        var closed = await _services.SendAsync(HandoffSetup.Dispatcher, new CloseHandoffCommand(handoff));

        Assert.Equal((ErrorKind.Conflict, "人工服务已结束。"), (closed.Error!.Kind, closed.Error.Message));
        Assert.Single(await HandoffSetup.ChatTextsAsync(_services, conversation));
    }

    [Fact]
    public async Task Close_LetsTheChatRecordNothingMore_SoTheBotAnswersAgain()
    {
        var (conversation, handoff) = await HandoffSetup.ActiveAsync(_services);
        await _services.SendAsync(HandoffSetup.Dispatcher, new CloseHandoffCommand(handoff));

        var recorded = await _services.SendAsync(null, new RecordHandoffMessageCommand(conversation, "你好", []));

        Assert.Equal(ErrorKind.NotFound, recorded.Error!.Kind);
    }
}
