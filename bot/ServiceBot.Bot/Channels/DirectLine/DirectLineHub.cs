using System.Collections.Concurrent;

namespace ServiceBot.Bot.Channels.DirectLine;

/// <summary>
/// Wakes the WebSocket streams of a conversation in this process when its transcript grows, and hands them
/// ephemeral activities (typing) that are never stored. Streams on other instances notice new activities by polling
/// the transcript (<see cref="DirectLineOptions.StreamPollInterval"/>).
/// </summary>
internal sealed class DirectLineHub
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<Subscription, byte>> _subscriptions = new(StringComparer.Ordinal);

    public Subscription Subscribe(string conversationId)
    {
        var subscription = new Subscription(this, conversationId);
        _subscriptions.GetOrAdd(conversationId, _ => new()).TryAdd(subscription, 0);
        return subscription;
    }

    /// <summary>The transcript of <paramref name="conversationId"/> has new activities.</summary>
    public void Notify(string conversationId)
    {
        if (_subscriptions.TryGetValue(conversationId, out var subscribers))
        {
            foreach (var subscriber in subscribers.Keys)
            {
                subscriber.Wake();
            }
        }
    }

    /// <summary>Pushes an activity that is not part of the transcript (typing) to the conversation's open streams.</summary>
    public void Publish(string conversationId, string activityJson)
    {
        if (_subscriptions.TryGetValue(conversationId, out var subscribers))
        {
            foreach (var subscriber in subscribers.Keys)
            {
                subscriber.Push(activityJson);
            }
        }
    }

    private void Remove(Subscription subscription)
    {
        if (_subscriptions.TryGetValue(subscription.ConversationId, out var subscribers))
        {
            subscribers.TryRemove(subscription, out _);
        }
    }

    /// <summary>One open stream's mailbox: a wake-up flag (many notifications count as one) and the ephemeral activities.</summary>
    internal sealed class Subscription(DirectLineHub hub, string conversationId) : IDisposable
    {
        private readonly SemaphoreSlim _wake = new(0, 1);
        private readonly ConcurrentQueue<string> _ephemeral = new();

        public string ConversationId => conversationId;

        public Task WaitAsync(CancellationToken cancellationToken) => _wake.WaitAsync(cancellationToken);

        public bool TryTakeEphemeral(out string activityJson) => _ephemeral.TryDequeue(out activityJson!);

        public void Wake()
        {
            try
            {
                _wake.Release();
            }
            catch (SemaphoreFullException)
            {
                // Already awake; the stream reads everything new in one go.
            }
        }

        public void Push(string activityJson)
        {
            _ephemeral.Enqueue(activityJson);
            Wake();
        }

        public void Dispose()
        {
            hub.Remove(this);
            _wake.Dispose();
        }
    }
}
