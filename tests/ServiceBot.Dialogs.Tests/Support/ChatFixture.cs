namespace ServiceBot.Dialogs.Tests.Support;

/// <summary>One <see cref="ChatHarness"/> for a test class: starting the application (migrations, reference data, models) once.</summary>
public sealed class ChatFixture : IAsyncLifetime
{
    private ChatHarness? _chat;

    public ChatHarness Chat => _chat ?? throw new InvalidOperationException("The fixture has not started.");

    public async Task InitializeAsync() => _chat = await ChatHarness.StartAsync();

    public async Task DisposeAsync()
    {
        if (_chat is not null)
        {
            await _chat.DisposeAsync();
        }
    }
}
