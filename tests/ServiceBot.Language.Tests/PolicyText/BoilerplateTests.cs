using ServiceBot.Language.PolicyText;

namespace ServiceBot.Language.Tests.PolicyText;

public sealed class BoilerplateTests
{
    [Theory]
    [InlineData(SeedTexts.Pujiang, "Copyright © 1998-2025 深圳前瞻资讯股份有限公司")]
    [InlineData(SeedTexts.Pujiang, "在线咨询")]
    [InlineData(SeedTexts.Shangyu, "热门搜索")]
    [InlineData(SeedTexts.Shangyu, "关注我们可获得更多采购需求")]
    [InlineData(SeedTexts.Shangyu, "招标")]
    public void Strip_RemovesTheWebPageFooter_FromTheSeedDocuments(string key, string furniture)
    {
        var lines = PolicySource.FromPlainText(SeedTexts.Text(key)).Lines;

        var result = Boilerplate.Strip(lines);

        Assert.Contains(lines, l => l.Text.Contains(furniture, StringComparison.Ordinal));
        Assert.DoesNotContain(result.Lines, l => l.Text.Contains(furniture, StringComparison.Ordinal));
        Assert.Contains(result.Removed, r => r.Contains(furniture, StringComparison.Ordinal));
    }

    [Fact]
    public void Strip_EndsWithThePolicysLastSentence_ForBothSeeds()
    {
        var pujiang = Boilerplate.Strip(PolicySource.FromPlainText(SeedTexts.Text(SeedTexts.Pujiang)).Lines);
        var shangyu = Boilerplate.Strip(PolicySource.FromPlainText(SeedTexts.Text(SeedTexts.Shangyu)).Lines);

        Assert.StartsWith("28.打造更加专业精准的政策体系", pujiang.Lines[^1].Text);
        Assert.Equal("本方案自公布之日起30日后施行,有效期至2023年12月31日。", shangyu.Lines[^1].Text);
    }

    [Fact]
    public void Strip_TakesThePublisherFromTheSourceLine()
    {
        var result = Boilerplate.Strip(PolicySource.FromPlainText(SeedTexts.Text(SeedTexts.Pujiang)).Lines);

        Assert.Equal("浦江县经济商务局办公室", result.Publisher);
        Assert.DoesNotContain(result.Lines, l => l.Text.StartsWith("来源", StringComparison.Ordinal));
    }

    [Fact]
    public void Strip_RemovesGovernmentSiteFurniture_AroundAnArticle()
    {
        var page = PolicySource.FromPlainText("""
            首页 > 政务公开 > 政策文件
            当前位置：首页 > 政策文件
            关于支持企业技术改造的若干意见
            【字体：大 中 小】
            一、支持设备更新。对设备投资500万元以上的项目给予补助。
            二、本意见自2024年1月1日起施行。
            浦江县人民政府
            2023年12月1日
            分享到：
            打印本页
            关闭窗口
            扫一扫在手机打开当前页
            网站标识码：3307260001 浙公网安备 33072602000123号
            """).Lines;

        var result = Boilerplate.Strip(page);

        Assert.Equal(
            ["关于支持企业技术改造的若干意见", "一、支持设备更新。对设备投资500万元以上的项目给予补助。", "二、本意见自2024年1月1日起施行。", "浦江县人民政府", "2023年12月1日"],
            result.Lines.Select(l => l.Text));
    }

    [Fact]
    public void Strip_KeepsTableRowsAndShortNumberedLines()
    {
        var lines = new List<SourceLine>
        {
            new("指标 | 基数 | 目标", SourceLineKind.TableRow),
            new("无 | 0 | 1", SourceLineKind.TableRow),
            new("（一）总体要求"),
            new("全面推进数字化改造。"),
        };

        var result = Boilerplate.Strip(lines);

        Assert.Equal(4, result.Lines.Count);
    }

    [Fact]
    public void Strip_CountsARepeatedTitleOnce()
    {
        var result = Boilerplate.Strip(PolicySource.FromPlainText(SeedTexts.Text(SeedTexts.Shangyu)).Lines);

        Assert.Single(result.Lines, l => l.Text == "上虞区新一轮制造业“腾笼换鸟、凤凰涅槃”攻坚行动方案公示");
    }

    [Theory]
    [InlineData("责任编辑：王芳")]
    [InlineData("上一篇：关于做好2024年度企业申报工作的通知")]
    [InlineData("Copyright 2024 浦江县人民政府 版权所有")]
    [InlineData("- - -")]
    public void IsFurniture_IsTrue_ForKnownPageFurniture(string line) => Assert.True(Boilerplate.IsFurniture(line));

    [Theory]
    [InlineData("加强工业用地保障。")]
    [InlineData("一、总体要求")]
    [InlineData("关注企业诉求，及时研究解决。")]
    public void IsFurniture_IsFalse_ForPolicyText(string line) => Assert.False(Boilerplate.IsFurniture(line));
}
