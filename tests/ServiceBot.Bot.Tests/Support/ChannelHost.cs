using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using ServiceBot.Application.Conversations;
using ServiceBot.Bot.Channels.DirectLine;
using ServiceBot.Testing;

namespace ServiceBot.Bot.Tests.Support;

/// <summary>
/// The whole host in memory for channel tests, over a test database (its own, or one shared with another host to
/// play a second instance or a restart), with demo accounts, the outbox and delivery dispatchers running, the
/// scheduler off, the echo handler answering turns and a fake clock. Settings and services can be changed per host.
/// </summary>
public sealed class ChannelHost : IAsyncDisposable
{
    public const string Secret = "test-directline-secret-0123456789abcdef";

    private readonly WebApplicationFactory<Program> _factory;
    private readonly bool _ownsDatabase;

    private ChannelHost(WebApplicationFactory<Program> factory, TestDatabase database, bool ownsDatabase, FakeTimeProvider clock)
    {
        _factory = factory;
        Database = database;
        _ownsDatabase = ownsDatabase;
        Clock = clock;
    }

    public TestDatabase Database { get; }

    public FakeTimeProvider Clock { get; }

    public IServiceProvider Services => _factory.Services;

    public static async Task<ChannelHost> StartAsync(
        TestDatabase? database = null,
        IReadOnlyDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? services = null,
        FakeTimeProvider? clock = null)
    {
        var owns = database is null;
        database ??= await TestDatabase.CreateAsync();
        clock ??= new FakeTimeProvider(CaseBuilder.DefaultStart);
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Testing");
            foreach (var (key, value) in database.Settings)
            {
                builder.UseSetting(key, value);
            }

            builder.UseSetting("Demo:Enabled", "true");
            builder.UseSetting("Scheduler:Enabled", "false");
            builder.UseSetting("Triage:AutoDispatch", "false");
            builder.UseSetting("Outbox:PollInterval", "00:00:00.100");
            builder.UseSetting("DirectLine:Secret", Secret);
            builder.UseSetting("Channels:TokensPerAddressPerMinute", "10000");

            // The channel tests check what the channels do, with the echo handler answering, whatever the dialogs say.
            builder.UseSetting("Dialogs:EchoOnly", "true");
            foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            {
                builder.UseSetting(key, value);
            }

            builder.ConfigureTestServices(s =>
            {
                s.AddSingleton<TimeProvider>(clock);
                services?.Invoke(s);
            });
        });
        _ = factory.Server;
        return new ChannelHost(factory, database, owns, clock);
    }

    public HttpClient Client(string? bearer = null)
    {
        var client = _factory.CreateClient();
        if (bearer is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        return client;
    }

    public WebSocketClient WebSockets() => _factory.Server.CreateWebSocketClient();

    /// <summary>Starts a conversation with the secret, as a trusted client would.</summary>
    public async Task<StartedConversation> StartConversationAsync(string? userId = null)
    {
        var response = await Client(Secret).PostAsJsonAsync("/v3/directline/conversations", new { user = new { id = userId ?? "user-" + Guid.NewGuid().ToString("N")[..8], name = "王经理" } });
        var body = await response.OkJsonAsync(System.Net.HttpStatusCode.Created);
        return new StartedConversation(body.GetProperty("conversationId").GetString()!, body.GetProperty("token").GetString()!, body.GetProperty("streamUrl").GetString()!);
    }

    /// <summary>
    /// Reads the conversation's transcript until <paramref name="until"/> holds, waking on the Direct Line hub's
    /// signal rather than sleeping; fails after <paramref name="timeout"/>.
    /// </summary>
    public async Task<IReadOnlyList<JsonElement>> WaitForActivitiesAsync(
        string conversationId, Func<IReadOnlyList<JsonElement>, bool> until, string? channelId = null, TimeSpan? timeout = null)
    {
        var hub = Services.GetRequiredService<DirectLineHub>();
        using var subscription = hub.Subscribe(ChatConversation.KeyFor(channelId ?? DirectLineChannels.DirectLine, conversationId));
        using var deadline = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(15));
        var client = Client(Secret);
        while (true)
        {
            var set = await (await client.GetAsync($"/v3/directline/conversations/{conversationId}/activities")).OkJsonAsync();
            var activities = set.GetProperty("activities").EnumerateArray().ToList();
            if (until(activities))
            {
                return activities;
            }

            try
            {
                await subscription.WaitAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                Assert.Fail("Timed out waiting for the transcript; it has: " + string.Join(" | ", activities.Select(a => a.GetProperty("type").GetString() + ":" + Text(a))));
            }
        }
    }

    public static string? Text(JsonElement activity) => activity.TryGetProperty("text", out var text) ? text.GetString() : null;

    public static IEnumerable<string?> BotTexts(IReadOnlyList<JsonElement> activities) =>
        activities.Where(a => a.GetProperty("from").GetProperty("role").GetString() == "bot").Select(Text);

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        if (_ownsDatabase)
        {
            await Database.DisposeAsync();
        }
    }
}
