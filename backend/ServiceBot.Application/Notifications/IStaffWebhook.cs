using ServiceBot.Domain.Cases.Events;

namespace ServiceBot.Application.Notifications;

/// <summary>
/// The optional outgoing webhook of staff notifications (a DingTalk or WeCom group robot per bureau, or for the
/// coordinators and the leaders). Queues a delivery, in the caller's transaction, only when the audience has a
/// webhook configured; idempotent per (event, audience).
/// </summary>
public interface IStaffWebhook
{
    /// <param name="audience">A bureau code, <see cref="WebhookAudiences.Coordinators"/> or <see cref="WebhookAudiences.Leaders"/>.</param>
    Task QueueAsync(CaseEvent source, string audience, string title, string body, CancellationToken cancellationToken);
}
