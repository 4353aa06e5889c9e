namespace ServiceBot.Application.Notifications;

/// <summary>Webhook audiences that are not a bureau.</summary>
public static class WebhookAudiences
{
    public const string Coordinators = "coordinators";

    public const string Leaders = "leaders";
}
