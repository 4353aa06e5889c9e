namespace ServiceBot.Infrastructure.Deliveries;

public enum DeliveryStatus
{
    Delivered,
    Retry,
    Failed,
}
