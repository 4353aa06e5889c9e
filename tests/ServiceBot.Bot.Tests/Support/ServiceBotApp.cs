using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using ServiceBot.Testing;

namespace ServiceBot.Bot.Tests.Support;

/// <summary>
/// The whole host in memory over a fresh test database (SQLite, or PostgreSQL under the test script), with demo
/// accounts, the outbox dispatcher running, the scheduler off and a fake clock at Monday 2026-11-23 09:00.
/// </summary>
public sealed class ServiceBotApp : IAsyncLifetime
{
    public const string Password = "Demo@2026";

    private WebApplicationFactory<Program>? _factory;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _tokens = new(StringComparer.Ordinal);
    private TestDatabase? _database;

    public FakeTimeProvider Clock { get; } = new(CaseBuilder.DefaultStart);

    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public IServiceProvider Services => Factory.Services;

    private WebApplicationFactory<Program> Factory => _factory ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Testing");
            foreach (var (key, value) in _database.Settings)
            {
                builder.UseSetting(key, value);
            }

            builder.UseSetting("Demo:Enabled", "true");
            builder.UseSetting("Scheduler:Enabled", "false");
            builder.UseSetting("Outbox:PollInterval", "00:00:00.100");
            // The case tests dispatch by hand; automatic dispatch after triage has tests of its own.
            builder.UseSetting("Triage:AutoDispatch", "false");
            builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
        });
        _ = _factory.Server;
    }

    public HttpClient Anonymous() => Factory.CreateClient();

    /// <summary>A client that keeps cookies and does not follow redirects, as the console's tests need to see them.</summary>
    public HttpClient Browser() => Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>A client signed in with a bearer token, as an API client would be; one login per account, as clients keep their token.</summary>
    public async Task<HttpClient> LoginAsync(string userName)
    {
        if (!_tokens.TryGetValue(userName, out var token))
        {
            var response = await Factory.CreateClient().PostAsJsonAsync("/api/auth/login", new { username = userName, password = Password });
            response.EnsureSuccessStatusCode();
            token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
            _tokens[userName] = token;
        }

        var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public async Task DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
