using ServiceBot.Infrastructure.Policies;
using ServiceBot.Language.PolicyText;

namespace ServiceBot.Infrastructure.Tests.Policies;

public sealed class DocxPolicyReaderTests
{
    [Fact]
    public void Read_DrawsWordsAutomaticNumbers_InFrontOfTheText()
    {
        var docx = new DocxBuilder()
            .Title("关于支持企业技术改造的若干意见")
            .Numbered(0, "加大投入支持")
            .Numbered(1, "设备补助。对设备投资500万元以上的项目按10%给予补助。")
            .Numbered(1, "首台套奖励。给予一次性奖励50万元。")
            .Numbered(0, "强化要素保障")
            .Numbered(1, "用地保障。优先保障技改项目用地。")
            .Build();

        var source = DocxPolicyReader.Read(docx);

        Assert.Equal(
            ["关于支持企业技术改造的若干意见", "一、加大投入支持", "1.设备补助。对设备投资500万元以上的项目按10%给予补助。", "2.首台套奖励。给予一次性奖励50万元。", "二、强化要素保障", "1.用地保障。优先保障技改项目用地。"],
            source.Lines.Select(l => l.Text));
        Assert.Equal(SourceLineKind.Title, source.Lines[0].Kind);
        Assert.Equal("关于支持企业技术改造的若干意见", source.Hints.Title);
    }

    [Fact]
    public void Read_GivesWhatTheParserSplitsIntoCitableArticles()
    {
        var docx = new DocxBuilder()
            .Title("关于支持企业技术改造的若干意见")
            .Numbered(0, "加大投入支持")
            .Numbered(1, "设备补助。对设备投资500万元以上的项目按10%给予补助。")
            .Numbered(0, "强化要素保障")
            .Numbered(1, "用地保障。优先保障技改项目用地。")
            .Build();

        var parsed = PolicyTextParser.Parse(DocxPolicyReader.Read(docx));

        Assert.Equal("关于支持企业技术改造的若干意见", parsed.Metadata.Title);
        Assert.Equal(["一、1.", "二、1."], parsed.Articles.Select(a => a.Citation));
        Assert.Equal("设备补助", parsed.Articles[0].Heading);
    }

    [Fact]
    public void Read_TurnsTablesIntoRows_AndHeadingStylesIntoHeadings()
    {
        var docx = new DocxBuilder { CoreTitle = "技改指标" }
            .Heading("主要指标")
            .Table(["指标", "2025年目标"], ["技改投资增速（%）", "15"])
            .Build();

        var source = DocxPolicyReader.Read(docx);

        Assert.Equal("技改指标", source.Hints.Title);
        Assert.Equal(new SourceLine("主要指标", SourceLineKind.Heading, 1), source.Lines[0]);
        Assert.Equal(new SourceLine("指标 | 2025年目标", SourceLineKind.TableRow), source.Lines[1]);
        Assert.Equal(new SourceLine("技改投资增速（%） | 15", SourceLineKind.TableRow), source.Lines[2]);
    }
}
