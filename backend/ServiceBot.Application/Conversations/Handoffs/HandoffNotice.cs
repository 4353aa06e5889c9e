using ServiceBot.Application.Notifications;

namespace ServiceBot.Application.Conversations.Handoffs;

/// <summary>What a staff action tells the user in the chat; <see cref="SourceId"/> makes it queued once.</summary>
internal sealed record HandoffNotice(Guid SourceId, ChatMessage Message);
