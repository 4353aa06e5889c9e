using ServiceBot.Application.Policies.SearchPolicies;
using ServiceBot.Domain.Common;
using ServiceBot.Domain.Policies;

namespace ServiceBot.Application.Tests.Policies.SearchPolicies;

public sealed class SearchPoliciesHandlerTests(SeededPolicies seeded) : IClassFixture<SeededPolicies>
{
    [Fact]
    public async Task Search_RanksTheAnsweringArticleFirst_WithItsDocumentTextScoreAndValidity()
    {
        var results = await SearchAsync("年税收500万元以上的制造业企业能优先供地吗？", 3);

        var best = results[0];
        Assert.Equal(1, best.Rank);
        Assert.Equal(seeded.Documents[SeededPolicies.Pujiang], best.DocumentId);
        Assert.Equal("第20条", best.Citation);
        Assert.Equal("20.", best.Number);
        Assert.Equal(["六、强化要素资源保障体系"], best.Context);
        Assert.StartsWith("开展低效工业用地有机更新工作", best.Text);
        Assert.True(best.Confident);
        Assert.True(best.Score > results[1].Score);
        Assert.InRange(best.Coverage, 0.5, 1.0);
        Assert.Equal(PolicyValidityStatus.InForce, best.Validity.Status);
        Assert.Equal(1, best.Version);
    }

    [Fact]
    public async Task Search_MapsTheResponsibleUnitsToCatalogBureaus()
    {
        var results = await SearchAsync("上虞对金融机构制造业贷款余额占比有什么要求？", 1);

        var units = results[0].ResponsibleUnits;
        Assert.Equal("四、（三）", results[0].Citation);
        Assert.Equal(["区金融办", "人行上虞支行", "银保监上虞监管组"], units.Select(u => u.Name));
        Assert.Equal(["jrzx", null, null], units.Select(u => u.BureauCode));
        Assert.Equal("县金融工作中心", units[0].BureauName);
        Assert.Equal(PolicyValidityStatus.Expired, results[0].Validity.Status);
        Assert.Equal("该政策已于2023年12月31日到期，以上内容仅供参考，现行政策请向相关部门确认。", results[0].Validity.Notice);
    }

    [Fact]
    public async Task Search_PrefersTheDocumentsOfARegionTheQuestionNames()
    {
        var unnamed = await SearchAsync("规上企业数字化改造什么时候实现全覆盖？", 1);
        var shangyu = await SearchAsync("上虞规上企业数字化改造什么时候实现全覆盖？", 1);
        var pujiang = await SearchAsync("浦江规上企业数字化改造什么时候实现全覆盖？", 1);

        Assert.Equal(seeded.Documents[SeededPolicies.Shangyu], shangyu[0].DocumentId);
        Assert.Equal(seeded.Documents[SeededPolicies.Pujiang], pujiang[0].DocumentId);
        Assert.Contains(unnamed[0].DocumentId, seeded.Documents.Values);
    }

    [Fact]
    public async Task Search_ReturnsNothing_ForAQuestionOfAskingWordsOnly() => Assert.Empty(await SearchAsync("请问有没有", 5));

    [Theory]
    [InlineData("", 5, "请输入要查询的问题或关键词")]
    [InlineData("用地", 0, "返回条数应在1至20之间")]
    [InlineData("用地", 21, "返回条数应在1至20之间")]
    public async Task Search_IsRefused_ForInvalidInput(string q, int top, string message)
    {
        var result = await seeded.Services.SendAsync(null, new SearchPoliciesQuery(q, top));

        Assert.Equal(ErrorKind.Validation, result.Error?.Kind);
        Assert.Contains(message, result.Error!.Message);
    }

    private async Task<IReadOnlyList<PolicySearchResult>> SearchAsync(string q, int top)
    {
        var result = await seeded.Services.SendAsync(null, new SearchPoliciesQuery(q, top));
        Assert.True(result.IsSuccess, result.Error?.Message);
        return result.Value;
    }
}
