using Microsoft.Extensions.DependencyInjection;
using ServiceBot.Bot.Channels.BotFramework;

namespace ServiceBot.Bot.Tests.Support;

/// <summary>A host whose Bot Framework HTTP calls (service URL, metadata, token endpoint) go to a <see cref="RecordingChannel"/>.</summary>
public abstract class BotFrameworkChannelFixture : IAsyncLifetime, IDisposable
{
    private ChannelHost? _host;

    public RecordingChannel Channel { get; } = new();

    public ChannelHost Host => _host ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync() => _host = await ChannelHost.StartAsync(
        settings: Settings,
        services: s => s.AddHttpClient(ConnectorTokenProvider.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => Channel));

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    protected virtual IReadOnlyDictionary<string, string?>? Settings => null;

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            Channel.Dispose();
        }
    }
}
