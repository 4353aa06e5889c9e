namespace ServiceBot.Application.Conversations.Handoffs;

/// <summary>A staff action on one handoff.</summary>
public interface IHandoffCommand
{
    Guid HandoffId { get; }
}
