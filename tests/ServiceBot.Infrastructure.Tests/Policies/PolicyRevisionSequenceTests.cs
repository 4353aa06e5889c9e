using Microsoft.Extensions.DependencyInjection;
using ServiceBot.Application.Common.Persistence;
using ServiceBot.Application.Policies.Common;
using ServiceBot.Testing;

namespace ServiceBot.Infrastructure.Tests.Policies;

public sealed class PolicyRevisionSequenceTests
{
    [Fact]
    public async Task Next_HandsOutIncreasingRevisions_AndGivesBackThoseOfRolledBackWork()
    {
        await using var services = await TestServices.StartAsync(settings: new Dictionary<string, string?> { ["Policies:SeedDocuments"] = "false" });

        var first = await NextAsync(services, commit: true);
        var rolledBack = await NextAsync(services, commit: false);
        var second = await NextAsync(services, commit: true);

        Assert.Equal(1, first);
        Assert.Equal(2, rolledBack);
        Assert.Equal(2, second);
    }

    [Fact]
    public async Task Next_NeverHandsOutTheSameRevisionTwice_UnderConcurrency()
    {
        await using var services = await TestServices.StartAsync(settings: new Dictionary<string, string?> { ["Policies:SeedDocuments"] = "false" });

        var revisions = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => NextAsync(services, commit: true))));

        Assert.Equal(Enumerable.Range(1, 8).Select(i => (long)i), revisions.Order());
    }

    private static Task<long> NextAsync(TestServices services, bool commit) =>
        services.InScopeAsync(null, sp => sp.GetRequiredService<IUnitOfWork>().ExecuteAsync(
            ct => sp.GetRequiredService<IPolicyRevisionSequence>().NextAsync(ct), _ => commit, CancellationToken.None));
}
