using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ServiceBot.Application.Common.Persistence;
using ServiceBot.Domain.Cases;
using ServiceBot.Testing;

namespace ServiceBot.Infrastructure.Tests.Seeding;

public sealed class DemoDataSeederTests
{
    /// <summary>
    /// The demo must show the coordinator a real triage queue: with the shipped triage settings (automatic dispatch on),
    /// the case written to wait for the coordinator must not be dispatched by the system once the outbox has run.
    /// </summary>
    [Fact]
    public async Task Seed_LeavesTheQueuedCaseWithTheCoordinator_WhenAutomaticDispatchRuns()
    {
        await using var services = await TestServices.StartAsync(settings: new Dictionary<string, string?> { ["Demo:Enabled"] = "true" });

        while (await services.ProcessOutboxAsync() > 0)
        {
        }

        var cases = await services.InScopeAsync(null, sp => sp.GetRequiredService<IApplicationDbContext>().Cases.AsNoTracking().ToListAsync());
        var queued = Assert.Single(cases, c => c.State == CaseState.Submitted);
        Assert.Contains("搬到园区新厂房", queued.Description, StringComparison.Ordinal);
        Assert.NotNull(queued.TriageConfidence);
        Assert.Equal(7, cases.Count);
    }
}
