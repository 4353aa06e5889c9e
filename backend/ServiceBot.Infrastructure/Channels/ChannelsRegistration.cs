using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ServiceBot.Application.Conversations;
using ServiceBot.Application.Notifications;
using ServiceBot.Infrastructure.Deliveries;
using ServiceBot.Infrastructure.Notifications;

namespace ServiceBot.Infrastructure.Channels;

/// <summary>The stores of the channel layer (turn queues, transcripts), outgoing deliveries and the notifiers built on them.</summary>
internal static class ChannelsRegistration
{
    public static IServiceCollection AddChannelStores(this IServiceCollection services)
    {
        services.AddOptions<DeliveryOptions>().BindConfiguration(DeliveryOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<DeliveryOptions>, DeliveryOptionsValidator>();
        services.AddScoped<ChannelInbox>();
        services.AddScoped<TranscriptStore>();
        services.AddScoped<IConversationTranscripts, ConversationTranscripts>();
        services.AddScoped<ConversationTurns>();
        services.AddScoped<DeliveryWriter>();
        services.AddSingleton<DeliveryProcessor>();
        services.AddScoped<IChatNotifier, ChatNotifier>();
        services.AddScoped<IStaffWebhook, StaffWebhook>();
        services.AddScoped<IDeliverySender, WebhookSender>();
        services.AddHttpClient(WebhookSender.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(15));
        services.AddHostedService<DeliveryDispatcher>();
        return services;
    }
}
