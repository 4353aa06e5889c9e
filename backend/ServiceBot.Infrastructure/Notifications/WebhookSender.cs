using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Options;
using ServiceBot.Infrastructure.Deliveries;

namespace ServiceBot.Infrastructure.Notifications;

/// <summary>
/// Posts staff notifications to DingTalk and WeCom group robots as markdown. Both answer HTTP 200 with an
/// <c>errcode</c>; their rate limits (DingTalk 130101, WeCom 45009) are retried, other refusals are final.
/// </summary>
internal sealed class WebhookSender(IHttpClientFactory http, IOptionsMonitor<DeliveryOptions> options, TimeProvider time) : IDeliverySender
{
    public const string HttpClientName = "ServiceBot.Webhooks";

    private static readonly TimeSpan ThrottledRetry = TimeSpan.FromMinutes(1);

    public string Kind => DeliveryKinds.Webhook;

    public async Task<DeliveryResult> SendAsync(DeliveryItem delivery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        var message = JsonSerializer.Deserialize<WebhookMessage>(delivery.Payload, NotificationJson.Options)
            ?? throw new InvalidOperationException("Empty webhook payload.");
        if (!options.CurrentValue.Webhooks.TryGetValue(message.Audience, out var target) || target.Url is null)
        {
            return DeliveryResult.Failed($"No webhook is configured for '{message.Audience}' any more.");
        }

        var url = target.Kind == WebhookKind.DingTalk && !string.IsNullOrEmpty(target.Secret)
            ? DingTalkSignature.Sign(target.Url, target.Secret, time.GetUtcNow())
            : target.Url;
        var text = message.CaseNumber is null ? message.Body : $"{message.Body}\n\n> 诉求编号：{message.CaseNumber}";
        object body = target.Kind == WebhookKind.DingTalk
            ? new { msgtype = "markdown", markdown = new { title = message.Title, text = $"#### {message.Title}\n\n{text}" } }
            : new { msgtype = "markdown", markdown = new { content = $"**{message.Title}**\n{text}" } };

        using var response = await http.CreateClient(HttpClientName).PostAsJsonAsync(url, body, NotificationJson.Options, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            var status = (int)response.StatusCode;
            return status is 408 or 429 || status >= 500
                ? DeliveryResult.Retry($"HTTP {status}", response.Headers.RetryAfter?.Delta)
                : DeliveryResult.Failed($"HTTP {status}");
        }

        var answer = await response.Content.ReadFromJsonAsync<RobotAnswer>(NotificationJson.Options, cancellationToken).ConfigureAwait(false);
        return answer?.Errcode switch
        {
            0 => DeliveryResult.Delivered,
            130101 or 45009 => DeliveryResult.Retry($"throttled: {answer.Errmsg}", ThrottledRetry),
            null => DeliveryResult.Retry($"unexpected answer (HTTP {(int)response.StatusCode})"),
            _ => DeliveryResult.Failed($"errcode {answer.Errcode}: {answer.Errmsg}"),
        };
    }

    private sealed record RobotAnswer(int? Errcode, string? Errmsg);
}
