using ServiceBot.Language.Text;

namespace ServiceBot.Language.Entities;

/// <summary>
/// People's names where people introduce them: after 联系人, 我是, 我叫, 我姓, 本人, 姓名, 负责人, 经办人, and in
/// “我是某某公司的王建国”. A name is a known surname (single or compound, or 小/老 + surname) and up to two more
/// characters, ending early at characters that do not occur in given names (的, 电, 想, 是…); a title right after
/// the surname (王总, 李经理, 张先生) is kept with it.
/// </summary>
internal static class PersonNameRecognizer
{
    private static readonly string[] Triggers = ["联系人", "负责人", "经办人", "姓名", "我叫", "我是", "我姓", "本人", "名字是", "名字叫"];

    private static readonly string[] CompoundSurnames =
        ["欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "夏侯", "长孙", "宇文", "司徒", "申屠", "端木"];

    private const string Surnames =
        "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤楼洪宣盛骆应虞俞斯柳单翁褚屠童倪施葛鲍牛祝滕柴黄";

    private static readonly string[] Titles = ["先生", "女士", "小姐", "经理", "总经理", "老板", "师傅", "主任", "会计", "总", "工"];

    /// <summary>Characters that end a name: particles, verbs and words that follow names in messages.</summary>
    private const string Breakers = "的是在电手联我你他她想要公先女经总老厂今现有请问这那从来负需打号和跟说了吗呢啊吧也就都还又很对给让被把做搞办一二三四五六七八九十年月日个们县市省镇乡村街区，,。.!！?？:： 0123456789";

    public static IEnumerable<Entity> Find(string folded, IReadOnlyList<Entity> companies)
    {
        var found = new List<Entity>();
        foreach (var trigger in Triggers)
        {
            for (var at = folded.IndexOf(trigger, StringComparison.Ordinal); at >= 0; at = folded.IndexOf(trigger, at + 1, StringComparison.Ordinal))
            {
                var p = SkipSeparators(folded, at + trigger.Length);
                var company = companies.FirstOrDefault(c => c.Start == p);
                if (company is not null)
                {
                    // “我是浦江县晶彩水晶有限公司的王建国”
                    p = company.End;
                    if (p < folded.Length && folded[p] == '的')
                    {
                        p++;
                    }
                }
                else if (trigger == "我是" && Name(folded, p) is null)
                {
                    // “我是办公室的周静”: the name follows a short 的 phrase.
                    var of = folded.IndexOf('的', p, Math.Min(12, folded.Length - p));
                    p = of >= 0 ? of + 1 : p;
                }

                if (Name(folded, p, surnameOnly: trigger == "我姓") is { } name && !found.Any(f => f.Start == p))
                {
                    found.Add(new Entity(EntityKind.Person, name, p, name));
                }
            }
        }

        return found;
    }

    private static int SkipSeparators(string text, int p)
    {
        while (p < text.Length && text[p] is ':' or '：' or ' ' or '是' or '为')
        {
            p++;
        }

        return p;
    }

    private static string? Name(string text, int p, bool surnameOnly = false)
    {
        if (p >= text.Length)
        {
            return null;
        }

        var start = p;
        if (text[p] is '小' or '老' or '阿' && p + 1 < text.Length && Surnames.Contains(text[p + 1], StringComparison.Ordinal))
        {
            return text.Substring(p, 2);
        }

        var compound = CompoundSurnames.FirstOrDefault(c => string.CompareOrdinal(text, p, c, 0, c.Length) == 0);
        if (compound is not null)
        {
            p += compound.Length;
        }
        else if (Surnames.Contains(text[p], StringComparison.Ordinal))
        {
            p++;
        }
        else
        {
            return null;
        }

        var title = Titles.FirstOrDefault(t => string.CompareOrdinal(text, p, t, 0, t.Length) == 0);
        if (title is not null)
        {
            return text[start..(p + title.Length)];
        }

        if (surnameOnly)
        {
            return text[start..p];
        }

        var given = 0;
        while (given < 2 && p < text.Length && ChineseText.IsHan(text[p]) && !Breakers.Contains(text[p], StringComparison.Ordinal))
        {
            p++;
            given++;
        }

        return given == 0 ? null : text[start..p];
    }
}
