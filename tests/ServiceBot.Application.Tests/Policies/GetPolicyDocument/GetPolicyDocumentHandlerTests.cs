using ServiceBot.Application.Policies.GetPolicyDocument;
using ServiceBot.Domain.Common;
using ServiceBot.Domain.Policies;
using ServiceBot.Testing;

namespace ServiceBot.Application.Tests.Policies.GetPolicyDocument;

public sealed class GetPolicyDocumentHandlerTests(SeededPolicies seeded) : IClassFixture<SeededPolicies>
{
    [Fact]
    public async Task Get_ShowsTheArticlesOfTheCurrentVersion_WithTheirResponsibleUnits()
    {
        var detail = (await seeded.Services.SendAsync(TestActors.Admin, new GetPolicyDocumentQuery(seeded.Documents[SeededPolicies.Shangyu]))).Value;

        Assert.Equal(1, detail.ShownVersion);
        var version = Assert.Single(detail.Versions);
        Assert.Equal("shangyu-manufacturing-action-plan.txt", version.SourceFileName);
        Assert.Equal(new DateOnly(2023, 12, 31), version.EffectiveUntil);
        Assert.Equal(37, detail.Articles.Count);
        Assert.Equal(Enumerable.Range(1, 37), detail.Articles.Select(a => a.Ordinal));
        var table = Assert.Single(detail.Articles, a => a.Kind == PolicyArticleKind.Table);
        Assert.Equal("二、附表", table.Citation);
        var article = detail.Articles.Single(a => a.Citation == "（一）1.");
        Assert.Equal(9, article.ResponsibleUnits.Count);
        Assert.Equal(("区消防大队", "xfjy", "县消防救援大队"), (article.ResponsibleUnits[^1].Name, article.ResponsibleUnits[^1].BureauCode, article.ResponsibleUnits[^1].BureauName));
    }

    [Fact]
    public async Task Get_AnswersNotFound_ForAnUnknownDocumentOrVersion()
    {
        var unknown = await seeded.Services.SendAsync(TestActors.Admin, new GetPolicyDocumentQuery(Guid.NewGuid()));
        var noVersion = await seeded.Services.SendAsync(TestActors.Admin, new GetPolicyDocumentQuery(seeded.Documents[SeededPolicies.Pujiang], 7));

        Assert.Equal(ErrorKind.NotFound, unknown.Error?.Kind);
        Assert.Equal(ErrorKind.NotFound, noVersion.Error?.Kind);
        Assert.Contains("没有第7版", noVersion.Error!.Message);
    }
}
