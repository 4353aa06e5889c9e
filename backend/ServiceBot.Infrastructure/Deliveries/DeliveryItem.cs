namespace ServiceBot.Infrastructure.Deliveries;

/// <summary>A delivery as its sender sees it.</summary>
/// <param name="Attempts">How many attempts failed before this one.</param>
public sealed record DeliveryItem(long Id, string IdempotencyKey, string Kind, string Target, string Payload, string? ReplyTo, int Attempts);
