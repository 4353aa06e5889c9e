namespace ServiceBot.Bot.Tests.Support;

/// <summary>One channel host shared by a test class.</summary>
public sealed class ChannelHostFixture : IAsyncLifetime
{
    private ChannelHost? _host;

    public ChannelHost Host => _host ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync() => _host = await ChannelHost.StartAsync();

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}
