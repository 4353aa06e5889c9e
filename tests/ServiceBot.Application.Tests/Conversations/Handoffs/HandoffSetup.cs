using ServiceBot.Application.Conversations.Handoffs.AcceptHandoff;
using ServiceBot.Application.Conversations.Handoffs.RecordHandoffMessage;
using ServiceBot.Application.Conversations.Handoffs.RequestHandoff;
using ServiceBot.Application.Notifications;
using ServiceBot.Domain.Users;
using ServiceBot.Testing;

namespace ServiceBot.Application.Tests.Conversations.Handoffs;

/// <summary>Handoffs in the state a staff-side test needs, reached the way the chat and the office reach it.</summary>
internal static class HandoffSetup
{
    public static Actor Dispatcher { get; } = new("u-dispatcher", "三服务办 调度员", Role.Coordinator);

    public static Actor Admin { get; } = new("u-admin", "系统管理员", Role.Admin);

    /// <summary>An anonymous visitor asked for a person and wrote once; returns the conversation and the handoff.</summary>
    public static async Task<(string Conversation, Guid Handoff)> WaitingAsync(TestServices services)
    {
        var conversation = await ChatConversations.StartAsync(services);
        var requested = await services.SendAsync(null, new RequestHandoffCommand(conversation, "在“反映问题”过程中请求人工"));
        await services.SendAsync(null, new RecordHandoffMessageCommand(conversation, "我想当面说说用地的事", []));
        return (conversation, requested.Value.Id);
    }

    /// <summary>As <see cref="WaitingAsync"/>, accepted by <see cref="Dispatcher"/>.</summary>
    public static async Task<(string Conversation, Guid Handoff)> ActiveAsync(TestServices services)
    {
        var (conversation, handoff) = await WaitingAsync(services);
        Assert.True((await services.SendAsync(Dispatcher, new AcceptHandoffCommand(handoff))).IsSuccess);
        return (conversation, handoff);
    }

    public static async Task<IReadOnlyList<string>> ChatTextsAsync(TestServices services, string conversation) =>
        (await QueuedChatMessages.ForAsync(services.Services, conversation)).Select(m => m.Message.Text).ToList();

    public static async Task<IReadOnlyList<ChatMessage>> ChatMessagesAsync(TestServices services, string conversation) =>
        (await QueuedChatMessages.ForAsync(services.Services, conversation)).Select(m => m.Message).ToList();
}
