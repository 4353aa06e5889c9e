using Microsoft.Extensions.DependencyInjection;
using ServiceBot.Application.Common.Persistence;
using ServiceBot.Application.Policies.AddPolicyDocument;
using ServiceBot.Application.Policies.Common;
using ServiceBot.Application.Policies.SearchPolicies;
using ServiceBot.Application.Policies.WithdrawPolicyDocument;
using ServiceBot.Testing;

namespace ServiceBot.Application.Tests.Policies.Common;

/// <summary>Two host instances over one database: each keeps its own in-memory index in step with the other's changes.</summary>
public sealed class PolicySearchIndexTests : IAsyncLifetime
{
    private const string Question = "设备投资500万元以上的技术改造项目补助多少";

    private TestServices _first = null!;
    private TestServices _second = null!;

    public async Task InitializeAsync()
    {
        _first = await TestServices.StartAsync();
        _second = await TestServices.StartAsync(sharedDatabase: _first.Database);
    }

    public async Task DisposeAsync()
    {
        await _second.DisposeAsync();
        await _first.DisposeAsync();
    }

    [Fact]
    public async Task CurrentAsync_SeesAnotherInstancesChange_WithinTheRefreshInterval()
    {
        Assert.Empty(await FoundAsync(_second));

        var added = (await _first.SendAsync(TestActors.Admin, new AddPolicyDocumentCommand("equipment.md", PolicyFiles.Equipment()))).Value;

        Assert.Equal([added.Id], await FoundAsync(_first));
        Assert.Empty(await FoundAsync(_second));
        _second.Clock.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal([added.Id], await FoundAsync(_second));

        await _first.SendAsync(TestActors.Admin, new WithdrawPolicyDocumentCommand(added.Id));
        Assert.Empty(await FoundAsync(_first));
        Assert.Equal([added.Id], await FoundAsync(_second));
        _second.Clock.Advance(TimeSpan.FromSeconds(5));
        Assert.Empty(await FoundAsync(_second));
    }

    [Fact]
    public async Task CurrentAsync_ReloadsOnlyTheChangedDocument()
    {
        var before = await SnapshotAsync(_first);
        var seedArticle = before.Articles.Values.First(a => a.Citation == "第20条");

        await _first.SendAsync(TestActors.Admin, new AddPolicyDocumentCommand("equipment.md", PolicyFiles.Equipment("（增量）")));
        var after = await SnapshotAsync(_first);

        Assert.True(after.Revision > before.Revision);
        Assert.Equal(before.Articles.Count + 3, after.Articles.Count);
        Assert.Same(seedArticle, after.Articles[seedArticle.ArticleId]);
        Assert.Same(after, await SnapshotAsync(_first));
    }

    private static async Task<List<Guid>> FoundAsync(TestServices services) =>
        (await services.SendAsync(null, new SearchPoliciesQuery(Question, 3))).Value
            .Where(r => r.Citation == "第1条" && r.DocumentTitle == PolicyFiles.EquipmentTitle)
            .Select(r => r.DocumentId)
            .ToList();

    private static Task<PolicyIndexSnapshot> SnapshotAsync(TestServices services) =>
        services.InScopeAsync(null, sp => sp.GetRequiredService<PolicySearchIndex>().CurrentAsync(sp.GetRequiredService<IApplicationDbContext>(), CancellationToken.None));
}
