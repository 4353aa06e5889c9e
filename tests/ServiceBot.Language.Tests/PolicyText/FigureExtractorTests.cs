using ServiceBot.Language.PolicyText;

namespace ServiceBot.Language.Tests.PolicyText;

public sealed class FigureExtractorTests
{
    [Fact]
    public void Extract_ReadsAmountsAreasAndThresholds_OfPujiangArticle20()
    {
        var figures = FigureExtractor.Extract("支持以市场化收购等模式收储低效用地,力争三年完成3000亩低效工业用地出清。对年税收500万元以上且有用地需求的制造业企业优先供地。");

        Assert.Equal(
            [
                new PolicyFigure(PolicyFigureKind.Area, "3000亩", 3000m, "亩", null),
                new PolicyFigure(PolicyFigureKind.Amount, "500万元以上", 500m, "万元", "以上"),
            ],
            figures);
        Assert.True(figures[1].IsThreshold);
    }

    [Theory]
    [InlineData("对在主板成功挂牌的,给予最高1000万元的奖励。", PolicyFigureKind.Amount, "最高1000万元", "最高")]
    [InlineData("按工业用地评估价的70%确定土地挂牌起始价。", PolicyFigureKind.Percentage, "70%", null)]
    [InlineData("制造业贷款余额占贷款总余额比重保持在20%以上", PolicyFigureKind.Percentage, "20%以上", "以上")]
    [InlineData("招引总投资1亿美元以上重大制造业外资项目2个", PolicyFigureKind.Amount, "1亿美元以上", "以上")]
    [InlineData("年综合能耗1000吨标准煤以上(含)的项目", PolicyFigureKind.Quantity, "1000吨标准煤以上", "以上")]
    public void Extract_ReadsTheFigure(string text, PolicyFigureKind kind, string figure, string? qualifier)
    {
        var found = FigureExtractor.Extract(text)[0];

        Assert.Equal(kind, found.Kind);
        Assert.Equal(figure, found.Text);
        Assert.Equal(qualifier, found.Qualifier);
    }

    [Theory]
    [InlineData("力争到2025年实现全覆盖。")]
    [InlineData("有效期至2023年12月31日。")]
    [InlineData("第20条")]
    public void Extract_IgnoresYearsDatesAndArticleNumbers(string text) => Assert.Empty(FigureExtractor.Extract(text));
}
