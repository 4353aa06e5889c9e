using System.Text;
using ServiceBot.Infrastructure.Policies;
using ServiceBot.Language.PolicyText;

namespace ServiceBot.Infrastructure.Tests.Policies;

public sealed class MarkdownPolicyReaderTests
{
    [Fact]
    public void Read_KeepsOrderedListNumbers_HeadingsAndTables()
    {
        var markdown = """
            # 关于支持企业技术改造的若干意见

            为推动制造业高质量发展，现提出如下意见。

            ## 一、加大投入支持

            1. 设备补助。对设备投资**500万元**以上的项目按10%给予补助。
            2. 首台套奖励。给予一次性奖励50万元。

            ## 二、主要指标

            | 指标 | 目标 |
            |---|---:|
            | 技改投资增速 | 15% |
            """;

        var source = MarkdownPolicyReader.Read(Encoding.UTF8.GetBytes(markdown));

        Assert.Equal(
            [
                new SourceLine("关于支持企业技术改造的若干意见", SourceLineKind.Title, 1),
                new SourceLine("为推动制造业高质量发展，现提出如下意见。"),
                new SourceLine("一、加大投入支持", SourceLineKind.Heading, 2),
                new SourceLine("1.设备补助。对设备投资500万元以上的项目按10%给予补助。"),
                new SourceLine("2.首台套奖励。给予一次性奖励50万元。"),
                new SourceLine("二、主要指标", SourceLineKind.Heading, 2),
                new SourceLine("指标 | 目标", SourceLineKind.TableRow),
                new SourceLine("技改投资增速 | 15%", SourceLineKind.TableRow),
            ],
            source.Lines);
        Assert.Equal("关于支持企业技术改造的若干意见", source.Hints.Title);
    }

    [Fact]
    public void Read_KeepsOneArticlePerLine_InsideAParagraph()
    {
        var source = MarkdownPolicyReader.Read("1.加强用地保障。\n2.扩大融资担保。"u8.ToArray());

        Assert.Equal(["1.加强用地保障。", "2.扩大融资担保。"], source.Lines.Select(l => l.Text));
    }
}
