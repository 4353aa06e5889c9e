namespace ServiceBot.Application.Conversations.Handoffs.GetHandoff;

/// <param name="Before">What was said in the chat before the user asked for a person (empty when the channel keeps no transcript, or when only later messages were asked for).</param>
/// <param name="LastSequence">The number of the newest message, whatever was asked for: where the next refresh continues.</param>
public sealed record HandoffDetail(
    HandoffView Handoff,
    IReadOnlyList<HandoffAction> PermittedActions,
    IReadOnlyList<ChatLine> Before,
    IReadOnlyList<HandoffMessageView> Messages,
    int LastSequence);
