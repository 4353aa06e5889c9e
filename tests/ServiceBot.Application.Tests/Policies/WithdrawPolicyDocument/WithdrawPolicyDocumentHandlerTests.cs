using ServiceBot.Application.Policies.AddPolicyDocument;
using ServiceBot.Application.Policies.ListPolicyDocuments;
using ServiceBot.Application.Policies.SearchPolicies;
using ServiceBot.Application.Policies.WithdrawPolicyDocument;
using ServiceBot.Domain.Common;
using ServiceBot.Domain.Policies;
using ServiceBot.Testing;

namespace ServiceBot.Application.Tests.Policies.WithdrawPolicyDocument;

public sealed class WithdrawPolicyDocumentHandlerTests : IAsyncLifetime
{
    private TestServices _services = null!;

    public async Task InitializeAsync() => _services = await TestServices.StartAsync();

    public Task DisposeAsync() => _services.DisposeAsync().AsTask();

    [Fact]
    public async Task Withdraw_TakesTheDocumentOutOfAnswers_AndKeepsItOnRecord()
    {
        var added = (await _services.SendAsync(TestActors.Admin, new AddPolicyDocumentCommand("equipment.md", PolicyFiles.Equipment()))).Value;

        var withdrawn = await _services.SendAsync(TestActors.Admin, new WithdrawPolicyDocumentCommand(added.Id, "已被新政策替代"));

        Assert.Equal(PolicyDocumentStatus.Withdrawn, withdrawn.Value.Status);
        Assert.Equal("已被新政策替代", withdrawn.Value.WithdrawalReason);
        Assert.Equal(CaseBuilder.DefaultStart, withdrawn.Value.WithdrawnAt);
        var hits = (await _services.SendAsync(null, new SearchPoliciesQuery("设备更新补助首台套奖励", 5))).Value;
        Assert.DoesNotContain(hits, h => h.DocumentId == added.Id);
        var all = (await _services.SendAsync(TestActors.Admin, new ListPolicyDocumentsQuery())).Value;
        var active = (await _services.SendAsync(TestActors.Admin, new ListPolicyDocumentsQuery(IncludeWithdrawn: false))).Value;
        Assert.Contains(all, d => d.Id == added.Id && d.Status == PolicyDocumentStatus.Withdrawn);
        Assert.DoesNotContain(active, d => d.Id == added.Id);
    }

    [Fact]
    public async Task Withdraw_IsRefused_Twice()
    {
        var added = (await _services.SendAsync(TestActors.Admin, new AddPolicyDocumentCommand("equipment.md", PolicyFiles.Equipment("（二次）")))).Value;
        await _services.SendAsync(TestActors.Admin, new WithdrawPolicyDocumentCommand(added.Id));

        var again = await _services.SendAsync(TestActors.Admin, new WithdrawPolicyDocumentCommand(added.Id));

        Assert.Equal(ErrorKind.Conflict, again.Error?.Kind);
        Assert.Equal($"《{PolicyFiles.EquipmentTitle}》已经撤下。", again.Error!.Message);
    }

    [Fact]
    public async Task Withdraw_IsRefused_ForABureausStaff()
    {
        var list = (await _services.SendAsync(TestActors.Admin, new ListPolicyDocumentsQuery())).Value;

        var result = await _services.SendAsync(TestActors.LeadHead, new WithdrawPolicyDocumentCommand(list[0].Id));

        Assert.Equal(ErrorKind.Forbidden, result.Error?.Kind);
    }
}
