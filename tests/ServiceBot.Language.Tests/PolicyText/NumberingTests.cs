using ServiceBot.Language.PolicyText;

namespace ServiceBot.Language.Tests.PolicyText;

public sealed class NumberingTests
{
    [Theory]
    [InlineData("第三章 保障措施", NumberingStyle.Chapter, 3, "第三章", "保障措施")]
    [InlineData("第十二条 本办法由县经信局负责解释。", NumberingStyle.Article, 12, "第十二条", "本办法由县经信局负责解释。")]
    [InlineData("一、总体要求", NumberingStyle.ChineseEnumeration, 1, "一、", "总体要求")]
    [InlineData("十一、附则", NumberingStyle.ChineseEnumeration, 11, "十一、", "附则")]
    [InlineData("(二)实施淘汰落后攻坚行动", NumberingStyle.ParenthesizedChinese, 2, "（二）", "实施淘汰落后攻坚行动")]
    [InlineData("（三）加大金融支持。", NumberingStyle.ParenthesizedChinese, 3, "（三）", "加大金融支持。")]
    [InlineData("20.加强工业用地保障。", NumberingStyle.Arabic, 20, "20.", "加强工业用地保障。")]
    [InlineData("3. 加快推广“一码管地、双码治企”。", NumberingStyle.Arabic, 3, "3.", "加快推广“一码管地、双码治企”。")]
    [InlineData("4、强化低效土地源头管控", NumberingStyle.Arabic, 4, "4.", "强化低效土地源头管控")]
    [InlineData("（1）设备补助", NumberingStyle.ParenthesizedArabic, 1, "（1）", "设备补助")]
    [InlineData("②研发投入", NumberingStyle.Circled, 2, "②", "研发投入")]
    public void Recognize_ReadsTheNumberAndCanonicalLabel(string line, NumberingStyle style, int value, string label, string rest)
    {
        var numbered = Numbering.Recognize(line);

        Assert.NotNull(numbered);
        Assert.Equal(style, numbered.Style);
        Assert.Equal(value, numbered.Value);
        Assert.Equal(label, numbered.Label);
        Assert.Equal(rest, numbered.Rest);
    }

    [Theory]
    [InlineData("2.5%以上的研发投入比例")]
    [InlineData("2020年基数")]
    [InlineData("5G信息产业")]
    [InlineData("一是加强组织领导")]
    [InlineData("为深入贯彻……现提出如下意见。")]
    public void Recognize_ReturnsNull_ForTextThatOnlyStartsWithANumber(string line) => Assert.Null(Numbering.Recognize(line));
}
