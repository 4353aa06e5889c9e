using ServiceBot.Application.Policies.AddPolicyDocument;
using ServiceBot.Application.Policies.GetPolicyDocument;
using ServiceBot.Application.Policies.ReplacePolicyDocument;
using ServiceBot.Application.Policies.SearchPolicies;
using ServiceBot.Application.Policies.WithdrawPolicyDocument;
using ServiceBot.Domain.Common;
using ServiceBot.Domain.Policies;
using ServiceBot.Testing;

namespace ServiceBot.Application.Tests.Policies.ReplacePolicyDocument;

public sealed class ReplacePolicyDocumentHandlerTests : IAsyncLifetime
{
    private TestServices _services = null!;

    public async Task InitializeAsync() => _services = await TestServices.StartAsync(settings: new Dictionary<string, string?> { ["Policies:SeedDocuments"] = "false" });

    public Task DisposeAsync() => _services.DisposeAsync().AsTask();

    [Fact]
    public async Task Replace_MakesTheNewVersionCurrent_AndKeepsTheOldOne()
    {
        var original = (await _services.SendAsync(TestActors.Admin, new AddPolicyDocumentCommand("equipment.md", PolicyFiles.Equipment()))).Value;
        var newer = PolicyFiles.Equipment().AsSpan().ToArray();
        var text = System.Text.Encoding.UTF8.GetString(newer).Replace("最高不超过200万元", "最高不超过300万元", StringComparison.Ordinal);

        var replaced = await _services.SendAsync(TestActors.Admin, new ReplacePolicyDocumentCommand(original.Id, "equipment-2025.md", System.Text.Encoding.UTF8.GetBytes(text)));

        Assert.True(replaced.IsSuccess, replaced.Error?.Message);
        Assert.Equal(2, replaced.Value.CurrentVersion);
        Assert.Equal("equipment-2025.md", replaced.Value.SourceFileName);
        var hit = (await _services.SendAsync(null, new SearchPoliciesQuery("技术改造项目设备投资补助最高多少", 1))).Value[0];
        Assert.Contains("最高不超过300万元", hit.Text);
        Assert.Equal(2, hit.Version);
        var detail = (await _services.SendAsync(TestActors.Admin, new GetPolicyDocumentQuery(original.Id))).Value;
        Assert.Equal([2, 1], detail.Versions.Select(v => v.Number));
        var first = (await _services.SendAsync(TestActors.Admin, new GetPolicyDocumentQuery(original.Id, 1))).Value;
        Assert.Equal(1, first.ShownVersion);
        Assert.Contains(first.Articles, a => a.Text.Contains("最高不超过200万元", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Replace_IsRefused_WhenTheFileIsTheCurrentVersion()
    {
        var original = (await _services.SendAsync(TestActors.Admin, new AddPolicyDocumentCommand("equipment.md", PolicyFiles.Equipment("（同一）")))).Value;

        var result = await _services.SendAsync(TestActors.Admin, new ReplacePolicyDocumentCommand(original.Id, "equipment.md", PolicyFiles.Equipment("（同一）")));

        Assert.Equal(ErrorKind.Conflict, result.Error?.Kind);
        Assert.Equal("policy.unchanged", result.Error!.Code);
    }

    [Fact]
    public async Task Replace_BringsAWithdrawnDocumentBack()
    {
        var original = (await _services.SendAsync(TestActors.Admin, new AddPolicyDocumentCommand("equipment.md", PolicyFiles.Equipment("（撤回）")))).Value;
        await _services.SendAsync(TestActors.Admin, new WithdrawPolicyDocumentCommand(original.Id, "发布有误"));

        var replaced = await _services.SendAsync(TestActors.Coordinator, new ReplacePolicyDocumentCommand(original.Id, "equipment.md", PolicyFiles.Equipment("（更正）")));

        Assert.Equal(PolicyDocumentStatus.Active, replaced.Value.Status);
        Assert.Null(replaced.Value.WithdrawalReason);
        Assert.NotEmpty((await _services.SendAsync(null, new SearchPoliciesQuery("首台套奖励", 1))).Value);
    }

    [Fact]
    public async Task Replace_AnswersNotFound_ForAnUnknownDocument()
    {
        var result = await _services.SendAsync(TestActors.Admin, new ReplacePolicyDocumentCommand(Guid.NewGuid(), "equipment.md", PolicyFiles.Equipment()));

        Assert.Equal(ErrorKind.NotFound, result.Error?.Kind);
    }
}
