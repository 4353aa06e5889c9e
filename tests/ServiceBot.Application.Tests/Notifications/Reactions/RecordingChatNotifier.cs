using System.Collections.Concurrent;
using ServiceBot.Application.Notifications;
using ServiceBot.Domain.Cases.Events;

namespace ServiceBot.Application.Tests.Notifications.Reactions;

/// <summary>Keeps what the reactions would tell entrepreneurs, instead of queueing it for their conversations.</summary>
internal sealed class RecordingChatNotifier : IChatNotifier
{
    public ConcurrentQueue<(string CaseNumber, string Text)> ToEnterprises { get; } = new();

    public Task ToEnterpriseOfCaseAsync(CaseEvent source, ChatMessage message, CancellationToken cancellationToken)
    {
        ToEnterprises.Enqueue((source.CaseNumber, message.Text));
        return Task.CompletedTask;
    }

    public Task ToUserAsync(Guid sourceId, string userId, ChatMessage message, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task ToConversationAsync(Guid sourceId, string conversationId, ChatMessage message, CancellationToken cancellationToken) => Task.CompletedTask;
}
