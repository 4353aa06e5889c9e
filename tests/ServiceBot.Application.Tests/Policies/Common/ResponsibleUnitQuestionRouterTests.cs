using Microsoft.Extensions.DependencyInjection;
using ServiceBot.Application.Policies.Common;

namespace ServiceBot.Application.Tests.Policies.Common;

public sealed class ResponsibleUnitQuestionRouterTests(SeededPolicies seeded) : IClassFixture<SeededPolicies>
{
    [Fact]
    public async Task Suggest_NamesTheLeadUnitOfTheNearestArticles()
    {
        var suggestion = await SuggestAsync("上虞对金融机构支持制造业有什么考核？");

        Assert.Equal("jrzx", suggestion?.BureauCode);
        Assert.Contains("四、（三）", suggestion!.Reason);
    }

    [Fact]
    public async Task Suggest_NamesTheUnitAnotherDocumentMakesResponsible_ForAnArticleThatNamesNone()
    {
        var suggestion = await SuggestAsync("浦江英才计划和浦江青蓝计划是什么？");

        Assert.Equal("rcb", suggestion?.BureauCode);
        Assert.Contains("四、（五）", suggestion!.Reason);
    }

    [Fact]
    public async Task Suggest_NamesNobody_WhenNoNearbyArticleNamesAUnit() => Assert.Null(await SuggestAsync("出口退税多久能到账？"));

    [Fact]
    public void Router_IsTheOneTheApplicationRegisters_UnlessTriageReplacesIt()
    {
        using var scope = seeded.Services.Services.CreateScope();

        Assert.IsType<ResponsibleUnitQuestionRouter>(scope.ServiceProvider.GetRequiredService<IPolicyQuestionRouter>());
    }

    private Task<BureauSuggestion?> SuggestAsync(string question) =>
        seeded.Services.InScopeAsync(null, sp => sp.GetRequiredService<IPolicyQuestionRouter>().SuggestAsync(question, CancellationToken.None));
}
