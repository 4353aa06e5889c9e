namespace ServiceBot.Language.PolicyText;

/// <summary>
/// The ways Chinese policy texts number their parts. Which style sits above which is not fixed (一、 is usually
/// above （一）, which is above 1.), so the splitter learns the hierarchy from the order the styles appear in.
/// </summary>
public enum NumberingStyle
{
    /// <summary>第一章 / 第一节.</summary>
    Chapter,

    /// <summary>第一条: the article of regulations (办法, 规定, 细则).</summary>
    Article,

    /// <summary>一、</summary>
    ChineseEnumeration,

    /// <summary>（一）</summary>
    ParenthesizedChinese,

    /// <summary>1. / 1、 / 1．</summary>
    Arabic,

    /// <summary>（1）</summary>
    ParenthesizedArabic,

    /// <summary>①</summary>
    Circled,

    /// <summary>An unnumbered heading (a Markdown <c>##</c>, a Word heading style, an HTML <c>h2</c>).</summary>
    Heading,
}
