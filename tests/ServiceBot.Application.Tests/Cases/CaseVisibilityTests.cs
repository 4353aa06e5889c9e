using ServiceBot.Application.Cases.CreateCase;
using ServiceBot.Application.Cases.DispatchCase;
using ServiceBot.Application.Cases.GetCase;
using ServiceBot.Application.Cases.ListCases;
using ServiceBot.Domain.Cases;
using ServiceBot.Domain.Common;
using ServiceBot.Domain.Users;
using ServiceBot.Testing;

namespace ServiceBot.Application.Tests.Cases;

/// <summary>Who sees a case: lead and co-handling bureaus, the coordinator office and leaders; nobody else, not even admins.</summary>
public sealed class CaseVisibilityTests : IAsyncLifetime
{
    private static readonly Actor Coordinator = new("c1", "调度员", Role.Coordinator);
    private TestServices _services = null!;
    private string _number = string.Empty;

    public async Task InitializeAsync()
    {
        _services = await TestServices.StartAsync();
        var created = await _services.SendAsync(Coordinator, new CreateCaseCommand(
            CaseType.Problem, "用地", "我们公司年纳税600多万，想扩建厂房但没有地。", CaseUrgency.Normal, null, CaseComplexity.Normal,
            "王建国", "13957900001", "api", null, "浦江县晶彩水晶有限公司", "91330726MA28D4K2XB"));
        _number = created.Value.Number;
        await _services.SendAsync(Coordinator, new DispatchCaseCommand(_number, "zrzy", ["jxj"], false));
    }

    public async Task DisposeAsync() => await _services.DisposeAsync();

    [Theory]
    [InlineData(Role.BureauStaff, "zrzy", true)]
    [InlineData(Role.BureauHead, "zrzy", true)]
    [InlineData(Role.BureauStaff, "jxj", true)]
    [InlineData(Role.BureauStaff, "swj", false)]
    [InlineData(Role.BureauHead, "tax", false)]
    [InlineData(Role.Coordinator, null, true)]
    [InlineData(Role.CountyLeader, null, true)]
    [InlineData(Role.Admin, null, false)]
    public async Task GetCase_AnswersNotFound_UnlessTheCallerMaySeeTheCase(Role role, string? bureau, bool visible)
    {
        var actor = new Actor($"u-{role}-{bureau}", "某人", role, bureau);

        var result = await _services.SendAsync(actor, new GetCaseQuery(_number));
        var list = await _services.SendAsync(actor, new ListCasesQuery());

        Assert.Equal(visible, result.IsSuccess);
        if (!visible)
        {
            Assert.Equal(ErrorKind.NotFound, result.Error!.Kind);
        }

        Assert.Equal(visible, list.Value.Items.Any(c => c.Number == _number));
    }

    [Fact]
    public async Task GetCase_AnswersNotFound_ForAnotherEnterprise()
    {
        var stranger = new Actor("e2", "别的企业", Role.EnterpriseUser, EnterpriseId: Guid.NewGuid());

        var result = await _services.SendAsync(stranger, new GetCaseQuery(_number));

        Assert.Equal(ErrorKind.NotFound, result.Error!.Kind);
    }
}
