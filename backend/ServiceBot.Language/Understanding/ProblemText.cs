using ServiceBot.Language.Entities;
using ServiceBot.Language.Text;

namespace ServiceBot.Language.Understanding;

/// <summary>
/// The problem part of a message: its clauses minus those that only introduce the sender. A clause is dropped when,
/// once its identifying entities and the words that label them (我是, 联系人, 电话, 信用代码…) are taken out, fewer
/// than two Chinese characters are left.
/// </summary>
internal static class ProblemText
{
    private static readonly EntityKind[] Identifying = [EntityKind.CreditCode, EntityKind.Company, EntityKind.Person, EntityKind.Mobile, EntityKind.Landline];

    private static readonly string[] Labels =
    [
        "统一社会信用代码", "社会信用代码", "信用代码", "代码是", "代码", "税号", "联系电话", "联系方式", "电话号码", "手机号码", "手机号", "电话",
        "手机", "座机", "固话", "联系人", "负责人", "经办人", "我是", "我叫", "我姓", "本人", "姓名", "名字", "公司名称", "企业名称", "你好",
        "您好", "号码", "的", "是", "为", "叫",
    ];

    private const string ClauseEnds = "，,。;；！!？?\n";

    public static string? Of(string text, IReadOnlyList<Entity> entities)
    {
        var kept = new List<string>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && !ClauseEnds.Contains(text[i], StringComparison.Ordinal))
            {
                continue;
            }

            var clause = text[start..i];
            if (HasContent(clause, start, entities))
            {
                kept.Add(clause.Trim());
            }

            start = i + 1;
        }

        var problem = string.Join("，", kept.Where(k => k.Length > 0));
        return problem.Length == 0 ? null : problem;
    }

    private static bool HasContent(string clause, int offset, IReadOnlyList<Entity> entities)
    {
        var chars = clause.ToCharArray();
        foreach (var entity in entities.Where(e => Identifying.Contains(e.Kind)))
        {
            for (var p = Math.Max(entity.Start, offset); p < Math.Min(entity.End, offset + chars.Length); p++)
            {
                chars[p - offset] = ' ';
            }
        }

        var rest = new string(chars);
        foreach (var label in Labels)
        {
            rest = rest.Replace(label, " ", StringComparison.Ordinal);
        }

        return rest.Count(ChineseText.IsHan) >= 2;
    }
}
