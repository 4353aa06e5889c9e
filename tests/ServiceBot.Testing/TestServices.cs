using MediatR;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ServiceBot.Application;
using ServiceBot.Application.Common.Security;
using ServiceBot.Domain.Users;
using ServiceBot.Infrastructure;
using ServiceBot.Infrastructure.Seeding;

namespace ServiceBot.Testing;

/// <summary>
/// The application and infrastructure wired as in production, without the web host, over a test database and a
/// fake clock. Hosted services are not started except the database initializer; tests drive the outbox and the
/// scheduler themselves.
/// </summary>
public sealed class TestServices : IAsyncDisposable
{
    private readonly ServiceProvider _provider;

    private TestServices(ServiceProvider provider, TestDatabase database, FakeTimeProvider clock)
    {
        _provider = provider;
        Database = database;
        Clock = clock;
    }

    public TestDatabase Database { get; }

    public FakeTimeProvider Clock { get; }

    public IServiceProvider Services => _provider;

    public static async Task<TestServices> StartAsync(
        DateTimeOffset? now = null, IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? configure = null)
    {
        var database = await TestDatabase.CreateAsync().ConfigureAwait(false);
        var clock = new FakeTimeProvider(now ?? CaseBuilder.DefaultStart);
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
        services.AddApplication();
        services.AddInfrastructure(configuration);
        configure?.Invoke(services);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        await ActivatorUtilities.CreateInstance<DatabaseInitializer>(provider).StartAsync(CancellationToken.None).ConfigureAwait(false);
        return new TestServices(provider, database, clock);
    }

    /// <summary>Sends a request as <paramref name="actor"/> in its own scope, as one HTTP request would.</summary>
    public async Task<TResponse> SendAsync<TResponse>(Actor? actor, IRequest<TResponse> request)
    {
        await using var scope = _provider.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Actor = actor;
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request).ConfigureAwait(false);
    }

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
        await Database.DisposeAsync().ConfigureAwait(false);
    }
}
