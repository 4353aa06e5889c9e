using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ServiceBot.Application.Common.Persistence;
using ServiceBot.Application.Policies.Common;

namespace ServiceBot.Infrastructure.Policies;

/// <summary>
/// Loads the policy index in the background once the database is ready, so the first question after start-up
/// does not wait for it (about half a second per thousand articles). Registered after the database initializer.
/// </summary>
internal sealed partial class PolicyIndexWarmup(IServiceScopeFactory scopes, PolicySearchIndex index, ILogger<PolicyIndexWarmup> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await index.CurrentAsync(scope.ServiceProvider.GetRequiredService<IApplicationDbContext>(), stoppingToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The first search loads the index itself; a failed warm-up only costs that search some time.
            LogFailed(logger, ex);
        }
    }

    [LoggerMessage(EventId = 601, Level = LogLevel.Warning, Message = "Warming up the policy index failed; the first search will load it")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
