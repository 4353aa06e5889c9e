using Microsoft.Extensions.DependencyInjection;
using ServiceBot.Application.Common.Persistence;
using ServiceBot.Application.Conversations.DialogStates;
using ServiceBot.Testing;

namespace ServiceBot.Infrastructure.Tests.Conversations;

/// <summary>Dialog states are saved only over the version they were loaded at, on the provider under test.</summary>
public sealed class DialogStateStoreTests : IAsyncLifetime
{
    private const string Conversation = "webchat:dialog-state";
    private TestServices _services = null!;

    public async Task InitializeAsync() => _services = await TestServices.StartAsync();

    public async Task DisposeAsync() => await _services.DisposeAsync();

    [Fact]
    public async Task SaveAsync_NumbersVersions_FromTheFirstSave()
    {
        var first = await SaveAsync("""{"schema":1,"stack":[]}""", 0);
        var second = await SaveAsync("""{"schema":1,"stack":[{"id":"A"}]}""", first);

        var loaded = await LoadAsync();

        Assert.Equal((1L, 2L), (first, second));
        Assert.Equal(("""{"schema":1,"stack":[{"id":"A"}]}""", 2L), (loaded!.Json, loaded.Version));
    }

    [Fact]
    public async Task SaveAsync_FailsAndKeepsTheOtherWritersState_WhenTheVersionMovedOn()
    {
        await SaveAsync("mine", 0);
        await SaveAsync("theirs", 1);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => SaveAsync("mine again", 1));

        Assert.Equal("theirs", (await LoadAsync())!.Json);
    }

    [Fact]
    public async Task SaveAsync_Fails_WhenSomeoneStoredTheFirstStateMeanwhile()
    {
        await SaveAsync("theirs", 0);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => SaveAsync("mine", 0));

        Assert.Equal(("theirs", 1L), ((await LoadAsync())!.Json, (await LoadAsync())!.Version));
    }

    [Fact]
    public async Task LoadAsync_ReturnsNull_ForAConversationWithoutState()
    {
        Assert.Null(await LoadAsync());
    }

    private Task<long> SaveAsync(string json, long expected) =>
        _services.InScopeAsync(null, sp => sp.GetRequiredService<IDialogStateStore>().SaveAsync(Conversation, json, expected, CancellationToken.None));

    private Task<StoredDialogState?> LoadAsync() =>
        _services.InScopeAsync(null, sp => sp.GetRequiredService<IDialogStateStore>().LoadAsync(Conversation, CancellationToken.None));
}
