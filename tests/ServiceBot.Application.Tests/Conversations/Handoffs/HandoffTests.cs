using ServiceBot.Application.Conversations.Handoffs;
using ServiceBot.Domain.Users;

namespace ServiceBot.Application.Tests.Conversations.Handoffs;

/// <summary>The handoff's own rules: Waiting → Active → Closed, messages numbered while open.</summary>
public sealed class HandoffTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 1, 0, 0, TimeSpan.Zero);
    private static readonly Actor Staff = new("s1", "三服务办 李", Role.Coordinator);

    [Fact]
    public void Accept_MakesItActive_WhenWaiting()
    {
        var handoff = Handoff.Request("webchat:c1", null, "请求人工", Now);

        var accepted = handoff.Accept(Staff, Now.AddMinutes(3));
        var again = handoff.Accept(Staff, Now.AddMinutes(4));

        Assert.True(accepted.IsSuccess);
        Assert.Equal((HandoffStatus.Active, "三服务办 李"), (handoff.Status, handoff.AcceptedByName));
        Assert.Contains("已由三服务办 李接入", again.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Record_NumbersTheMessages_AndRefusesOnceClosed()
    {
        var handoff = Handoff.Request("webchat:c1", null, "请求人工", Now);

        var first = handoff.Record(HandoffParty.User, null, "访客", "你好", [], Now.AddMinutes(1)).Value;
        var reply = handoff.Record(HandoffParty.Staff, "s1", "三服务办 李", "您好，请讲", [], Now.AddMinutes(2)).Value;
        handoff.Close(HandoffParty.Staff, Now.AddMinutes(3));
        var late = handoff.Record(HandoffParty.User, null, "访客", "还在吗", [], Now.AddMinutes(4));

        Assert.Equal((1, 2), (first.Sequence, reply.Sequence));
        Assert.Equal((HandoffStatus.Closed, HandoffParty.Staff), (handoff.Status, handoff.ClosedBy));
        Assert.False(late.IsSuccess);
    }
}
