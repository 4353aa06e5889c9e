namespace ServiceBot.Infrastructure.Deliveries;

public static class DeliveryKinds
{
    /// <summary>A chat message to a conversation; the payload is a serialised <c>ChatMessage</c>.</summary>
    public const string Chat = "chat";

    /// <summary>A staff notification to a group robot webhook; the payload is a serialised <c>WebhookMessage</c>.</summary>
    public const string Webhook = "webhook";
}
