using Microsoft.Extensions.Options;

namespace ServiceBot.Infrastructure.Deliveries;

/// <summary>Every configured webhook needs an absolute http(s) URL; a DingTalk secret looks like DingTalk's (<c>SEC…</c>).</summary>
internal sealed class DeliveryOptionsValidator : IValidateOptions<DeliveryOptions>
{
    public ValidateOptionsResult Validate(string? name, DeliveryOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        foreach (var (audience, target) in options.Webhooks)
        {
            if (target.Url is not { IsAbsoluteUri: true } url || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
            {
                failures.Add($"Notifications:Webhooks:{audience}:Url must be an absolute http(s) URL.");
            }

            if (target.Kind == Notifications.WebhookKind.DingTalk && !string.IsNullOrEmpty(target.Secret) && !target.Secret.StartsWith("SEC", StringComparison.Ordinal))
            {
                failures.Add($"Notifications:Webhooks:{audience}:Secret must be DingTalk's signing secret (it starts with SEC).");
            }

            if (target.Kind == Notifications.WebhookKind.WeCom && !string.IsNullOrEmpty(target.Secret))
            {
                failures.Add($"Notifications:Webhooks:{audience}:Secret is not used by WeCom robots (the key is part of the URL); remove it.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
