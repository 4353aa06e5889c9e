using System.Net.Http.Headers;
using System.Text;
using ServiceBot.Application.Conversations;
using ServiceBot.Bot.Channels.Protocol;
using ServiceBot.Infrastructure.Deliveries;

namespace ServiceBot.Bot.Channels.BotFramework;

/// <summary>
/// Sends activities to a Bot Framework channel: <c>POST {serviceUrl}/v3/conversations/{id}/activities[/{replyToId}]</c>
/// with the bot's token.
/// </summary>
internal sealed partial class ConnectorClient(IHttpClientFactory http, ConnectorTokenProvider tokens, ILogger<ConnectorClient> logger)
{
    private static readonly TimeSpan TypingTimeout = TimeSpan.FromSeconds(3);

    public async Task<DeliveryResult> SendAsync(ChatConversation conversation, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(activity);
        if (conversation.ServiceUrl is null)
        {
            return DeliveryResult.Failed("The conversation has no service URL.");
        }

        HttpResponseMessage response;
        try
        {
            response = await PostAsync(conversation, activity, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException ex)
        {
            return DeliveryResult.Retry(ex.Message);
        }
        catch (TaskCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            return DeliveryResult.Retry("timeout: " + ex.Message);
        }

        using (response)
        {
            var status = (int)response.StatusCode;
            if (response.IsSuccessStatusCode)
            {
                return DeliveryResult.Delivered;
            }

            // 401 can be a token the channel no longer likes; the next attempt fetches it again only after expiry, so it is final unless it is throttling or an outage.
            return status is 408 or 429 || status >= 500
                ? DeliveryResult.Retry($"HTTP {status}", response.Headers.RetryAfter?.Delta)
                : DeliveryResult.Failed($"HTTP {status}: {await ReadShortAsync(response, cancellationToken).ConfigureAwait(false)}");
        }
    }

    /// <summary>Best effort, within a few seconds: a typing indicator that does not arrive harms nobody.</summary>
    public async Task TrySendTypingAsync(ChatConversation conversation, Activity typing, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TypingTimeout);
        try
        {
            using var response = await PostAsync(conversation, typing, timeout.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            LogTypingFailed(logger, conversation.Id, ex.Message);
        }
    }

    private async Task<HttpResponseMessage> PostAsync(ChatConversation conversation, Activity activity, CancellationToken cancellationToken)
    {
        var baseUrl = conversation.ServiceUrl!.TrimEnd('/');
        var path = $"{baseUrl}/v3/conversations/{Uri.EscapeDataString(conversation.ChannelConversationId)}/activities";
        if (!string.IsNullOrEmpty(activity.ReplyToId))
        {
            path += "/" + Uri.EscapeDataString(activity.ReplyToId);
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new StringContent(ActivityJson.Serialize(activity), Encoding.UTF8, "application/json"),
        };
        if (await tokens.GetTokenAsync(cancellationToken).ConfigureAwait(false) is { } token)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await http.CreateClient(ConnectorTokenProvider.HttpClientName).SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<string> ReadShortAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        return body.Length <= 300 ? body : body[..300];
    }

    [LoggerMessage(EventId = 400, Level = LogLevel.Debug, Message = "A typing indicator to {Conversation} did not go out: {Reason}")]
    private static partial void LogTypingFailed(ILogger logger, string conversation, string reason);
}
