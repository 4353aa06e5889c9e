using System.Text.Json;
using Microsoft.Extensions.Options;
using ServiceBot.Application.Notifications;
using ServiceBot.Domain.Cases.Events;
using ServiceBot.Infrastructure.Deliveries;

namespace ServiceBot.Infrastructure.Notifications;

internal sealed class StaffWebhook(DeliveryWriter deliveries, IOptionsSnapshot<DeliveryOptions> options) : IStaffWebhook
{
    public async Task QueueAsync(CaseEvent source, string audience, string title, string body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (!options.Value.Webhooks.ContainsKey(audience))
        {
            return;
        }

        var payload = JsonSerializer.Serialize(new WebhookMessage(audience, title, body, source.CaseNumber), NotificationJson.Options);
        await deliveries.EnqueueAsync($"{source.EventId:N}:webhook:{audience}", DeliveryKinds.Webhook, $"webhook:{audience}", payload, null, cancellationToken)
            .ConfigureAwait(false);
    }
}
