using ServiceBot.Language.PolicyText;

namespace ServiceBot.Language.Tests.PolicyText;

public sealed class PolicyStructureSplitterTests
{
    [Fact]
    public void Split_CitesPujiangArticlesByTheirRunningNumber()
    {
        var articles = SeedTexts.Parse(SeedTexts.Pujiang).Articles;

        Assert.Equal(["序言", .. Enumerable.Range(1, 28).Select(i => $"第{i}条")], articles.Select(a => a.Citation));
    }

    [Fact]
    public void Split_KeepsTheParentHeadingAsContext_ForPujiangArticle20()
    {
        var article = SeedTexts.Parse(SeedTexts.Pujiang).Articles.Single(a => a.Citation == "第20条");

        Assert.Equal("加强工业用地保障", article.Heading);
        Assert.Equal(["六、强化要素资源保障体系"], article.Context);
        Assert.Equal("20.", article.Number);
        Assert.StartsWith("开展低效工业用地有机更新工作", article.Text);
        Assert.Contains("对年税收500万元以上且有用地需求的制造业企业优先供地", article.Text);
        Assert.EndsWith("提高容积率,不再增收土地价款。", article.Text);
    }

    [Fact]
    public void Split_CitesShangyuPartsByTheirShortestUniquePath()
    {
        var citations = SeedTexts.Parse(SeedTexts.Shangyu).Articles.Select(a => a.Citation).ToList();

        Assert.Equal(
            [
                "序言", "一、", "二、", "二、附表",
                "（一）1.", "（一）2.", "（一）3.", "（一）4.", "（一）5.", "（一）6.",
                "（二）1.", "（二）2.", "（二）3.", "（二）4.", "（二）5.",
                "（三）1.", "（三）2.", "（三）3.", "（三）4.",
                "（四）1.", "（四）2.", "（四）3.", "（四）4.", "（四）5.",
                "（五）1.", "（五）2.", "（五）3.", "（五）4.",
                "四、（一）", "四、（二）", "四、（三）", "四、（四）", "四、（五）",
                "五、（一）", "五、（二）", "五、（三）",
                "附则",
            ],
            citations);
    }

    [Fact]
    public void Split_KeepsTheIndicatorTableWholeWithItsCaption()
    {
        var table = SeedTexts.Parse(SeedTexts.Shangyu).Articles.Single(a => a.Kind == ParsedArticleKind.Table);

        Assert.Equal("上虞区新一轮制造业“腾笼换鸟、凤凰涅槃”攻坚行动指标体系", table.Heading);
        Assert.Equal(["二、实施目标"], table.Context);
        var rows = table.Text.Split('\n');
        Assert.Equal(18, rows.Length);
        Assert.Equal("指标类别 | 序号 | 指标内容 | 2020年基数 | 到2023年 目标任务", rows[0]);
        Assert.Contains("淘汰落后 | 4 | 淘汰落后产能企业(家) | 30 | 100", rows);
    }

    [Fact]
    public void Split_PutsTheClosingProvisionsInAPartOfTheirOwn()
    {
        var articles = SeedTexts.Parse(SeedTexts.Shangyu).Articles;

        Assert.Equal(ParsedArticleKind.Closing, articles[^1].Kind);
        Assert.Equal("本方案自公布之日起30日后施行,有效期至2023年12月31日。", articles[^1].Text);
        Assert.DoesNotContain("有效期", articles.Single(a => a.Citation == "五、（三）").Text);
    }

    [Fact]
    public void Split_TakesTheResponsibleUnitsOutOfTheText()
    {
        var article = SeedTexts.Parse(SeedTexts.Shangyu).Articles.Single(a => a.Citation == "（一）4.");

        Assert.Equal(["区自然资源和规划分局", "区经信局", "区市场监管局"], article.ResponsibleUnits);
        Assert.DoesNotContain("责任单位", article.Text);
        Assert.EndsWith("强化事中事后监管。", article.Text);
        Assert.Equal(["三、重点任务", "（一）实施园区治理攻坚行动"], article.Context);
    }

    [Fact]
    public void Split_NumbersRegulationsByArticleAndChapter()
    {
        var lines = PolicySource.FromPlainText("""
            第一章 总则
            第一条 为支持企业技术改造，制定本办法。
            第二条 本办法适用于县内规模以上工业企业。
            第二章 扶持标准
            第三条 对设备投资500万元以上的技改项目，按设备投资额的10%给予补助，最高不超过200万元。
            （一）智能化改造项目另加5%；
            （二）绿色化改造项目另加3%。
            第四条 本办法自2024年1月1日起施行。
            """).Lines;

        var articles = PolicyStructureSplitter.Split(lines);

        Assert.Equal(["第一条", "第二条", "第三条", "第三条（一）", "第三条（二）", "第四条"], articles.Select(a => a.Citation));
        Assert.Equal(["第一章 总则"], articles[0].Context);
        Assert.Equal(["第二章 扶持标准"], articles[2].Context);
        Assert.Equal(["第二章 扶持标准", "第三条"], articles[3].Context);
        Assert.Equal("智能化改造项目另加5%；", articles[3].Text);
        Assert.Null(articles[3].Heading);
    }

    [Fact]
    public void Split_UsesMarkupHeadingsAsLevels_WhenTheTextHasNoNumbers()
    {
        var lines = new List<SourceLine>
        {
            new("用地保障", SourceLineKind.Heading, 2),
            new("对年税收500万元以上的企业优先供地。"),
            new("标准地出让", SourceLineKind.Heading, 3),
            new("新增工业用地全部按标准地出让。"),
            new("金融支持", SourceLineKind.Heading, 2),
            new("扩大融资担保覆盖面。"),
        };

        var articles = PolicyStructureSplitter.Split(lines);

        Assert.Equal(["用地保障", "标准地出让", "金融支持"], articles.Select(a => a.Citation));
        Assert.Equal(["用地保障"], articles[1].Context);
    }

    [Theory]
    [InlineData("加强工业用地保障。开展低效工业用地有机更新工作。", "加强工业用地保障", "开展低效工业用地有机更新工作。")]
    [InlineData("总体要求", "总体要求", "")]
    [InlineData("为深入贯彻党的精神，现提出如下意见。", null, "为深入贯彻党的精神，现提出如下意见。")]
    public void SplitHeading_SeparatesAShortTitleFromTheText(string rest, string? heading, string body)
    {
        var split = PolicyStructureSplitter.SplitHeading(rest);

        Assert.Equal(heading, split.Heading);
        Assert.Equal(body, split.Body);
    }
}
