using MediatR;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ServiceBot.Application;
using ServiceBot.Application.Common.Security;
using ServiceBot.Domain.Users;
using ServiceBot.Infrastructure;
using ServiceBot.Infrastructure.Outbox;
using ServiceBot.Infrastructure.Seeding;

namespace ServiceBot.Testing;

/// <summary>
/// The application and infrastructure wired as in production, without the web host, over a test database and a
/// fake clock. Hosted services are not started except the database initializer; tests drive the outbox and the
/// scheduler themselves. Several instances can share one database (a cluster), and an instance can restart.
/// </summary>
public sealed class TestServices : IAsyncDisposable
{
    private readonly IReadOnlyDictionary<string, string?>? _settings;
    private readonly Action<IServiceCollection>? _configure;
    private readonly bool _ownsDatabase;
    private ServiceProvider _provider;

    private TestServices(
        ServiceProvider provider, TestDatabase database, FakeTimeProvider clock, IReadOnlyDictionary<string, string?>? settings, Action<IServiceCollection>? configure, bool ownsDatabase)
    {
        _provider = provider;
        Database = database;
        Clock = clock;
        _settings = settings;
        _configure = configure;
        _ownsDatabase = ownsDatabase;
    }

    public TestDatabase Database { get; }

    public FakeTimeProvider Clock { get; }

    public IServiceProvider Services => _provider;

    /// <param name="sharedDatabase">Another instance's database, to run a second host instance on it (not disposed with this one).</param>
    public static async Task<TestServices> StartAsync(
        DateTimeOffset? now = null, IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? configure = null, TestDatabase? sharedDatabase = null)
    {
        var database = sharedDatabase ?? await TestDatabase.CreateAsync().ConfigureAwait(false);
        var clock = new FakeTimeProvider(now ?? CaseBuilder.DefaultStart);
        var provider = await BuildAsync(database, clock, settings, configure).ConfigureAwait(false);
        return new TestServices(provider, database, clock, settings, configure, ownsDatabase: sharedDatabase is null);
    }

    /// <summary>
    /// Stops this process, as far as the services know: disposes every service (a started scheduler is shut down
    /// by its owner first), then builds them again over the same database and fake clock, as a restarted host would.
    /// </summary>
    public async Task RestartAsync()
    {
        await _provider.DisposeAsync().ConfigureAwait(false);
        _provider = await BuildAsync(Database, Clock, _settings, _configure).ConfigureAwait(false);
    }

    /// <summary>Sends a request as <paramref name="actor"/> in its own scope, as one HTTP request would.</summary>
    public async Task<TResponse> SendAsync<TResponse>(Actor? actor, IRequest<TResponse> request)
    {
        await using var scope = _provider.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Actor = actor;
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request).ConfigureAwait(false);
    }

    /// <summary>Dispatches every outbox message that is due, as the background dispatcher would.</summary>
    public Task<int> ProcessOutboxAsync() => _provider.GetRequiredService<OutboxProcessor>().ProcessPendingAsync(CancellationToken.None);

    /// <summary>Runs code in its own scope as <paramref name="actor"/>.</summary>
    public async Task<T> InScopeAsync<T>(Actor? actor, Func<IServiceProvider, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        await using var scope = _provider.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Actor = actor;
        return await work(scope.ServiceProvider).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        await _provider.DisposeAsync().ConfigureAwait(false);
        if (_ownsDatabase)
        {
            await Database.DisposeAsync().ConfigureAwait(false);
        }
    }

    private static async Task<ServiceProvider> BuildAsync(
        TestDatabase database, FakeTimeProvider clock, IReadOnlyDictionary<string, string?>? settings, Action<IServiceCollection>? configure)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(database.Settings)
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Scheduler:Enabled"] = "false",
                ["Outbox:Enabled"] = "false",
                ["Demo:Enabled"] = "false",
            })
            .AddInMemoryCollection(settings ?? new Dictionary<string, string?>())
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<TimeProvider>(clock);

        // What a host provides and hosted services (Quartz's among them) ask for.
        services.AddSingleton<IHostApplicationLifetime, Microsoft.Extensions.Hosting.Internal.ApplicationLifetime>();
        services.AddApplication();
        services.AddInfrastructure(configuration);
        configure?.Invoke(services);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        await ActivatorUtilities.CreateInstance<DatabaseInitializer>(provider).StartAsync(CancellationToken.None).ConfigureAwait(false);
        return provider;
    }
}
