using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ServiceBot.Application.Common.Persistence;
using ServiceBot.Application.Policies.WithdrawPolicyDocument;
using ServiceBot.Domain.Policies;
using ServiceBot.Infrastructure.Seeding;
using ServiceBot.Testing;

namespace ServiceBot.Infrastructure.Tests.Seeding;

public sealed class PolicySeederTests
{
    [Fact]
    public async Task Seed_LoadsTheShippedCorpus_WithItsMetadata()
    {
        await using var services = await TestServices.StartAsync();

        var documents = await DocumentsAsync(services);

        Assert.Equal(["pujiang-industrial-county-opinions", "shangyu-manufacturing-action-plan"], documents.Select(d => d.Key));
        Assert.All(documents, d => Assert.Equal(PolicyDocumentStatus.Active, d.Status));
        Assert.Equal([1L, 2L], documents.Select(d => d.Revision).Order());
        var shangyu = documents[1].Versions.Single();
        Assert.Equal(new DateOnly(2023, 12, 31), shangyu.EffectiveUntil);
        Assert.Null(shangyu.EffectiveFrom);
        Assert.Equal("上虞区", shangyu.Region);
        Assert.Equal(37, shangyu.Articles.Count);
        Assert.Equal(["zrzy", "jxj", "scjg"], shangyu.Articles.Single(a => a.Citation == "（一）4.").ResponsibleBureauCodes);
        Assert.Null(shangyu.SourceFileKey);
        Assert.Equal(64, shangyu.ContentHash.Length);
    }

    [Fact]
    public async Task Seed_AddsNothingTheSecondTime_AndLeavesAWithdrawnSeedWithdrawn()
    {
        await using var services = await TestServices.StartAsync();
        var shangyu = (await DocumentsAsync(services))[1];
        await services.SendAsync(TestActors.Admin, new WithdrawPolicyDocumentCommand(shangyu.Id, "已到期"));

        await services.InScopeAsync(null, async sp =>
        {
            await sp.GetRequiredService<PolicySeeder>().SeedAsync(CancellationToken.None);
            return 0;
        });

        var documents = await DocumentsAsync(services);
        Assert.Equal(2, documents.Count);
        Assert.Equal(PolicyDocumentStatus.Withdrawn, documents[1].Status);
        Assert.Equal(3, documents.Max(d => d.Revision));
    }

    [Fact]
    public async Task Seed_DoesNothing_WhenSwitchedOff()
    {
        await using var services = await TestServices.StartAsync(settings: new Dictionary<string, string?> { ["Policies:SeedDocuments"] = "false" });

        Assert.Empty(await DocumentsAsync(services));
    }

    private static Task<List<PolicyDocument>> DocumentsAsync(TestServices services) =>
        services.InScopeAsync(null, sp => sp.GetRequiredService<IApplicationDbContext>().PolicyDocuments
            .Include(d => d.Versions).ThenInclude(v => v.Articles)
            .OrderBy(d => d.Key)
            .AsNoTracking()
            .ToListAsync());
}
