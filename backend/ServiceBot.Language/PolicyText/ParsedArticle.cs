namespace ServiceBot.Language.PolicyText;

/// <summary>
/// One retrievable part of a policy text.
/// </summary>
/// <param name="Number">The part's own number as the document writes it, canonical form ("20.", "（二）", "第五条"); empty for unnumbered parts.</param>
/// <param name="Path">The numbers from the top of the document down to this part (["三、", "（一）", "1."]).</param>
/// <param name="Citation">How to cite it unambiguously: "第20条" where the document numbers its parts straight through, otherwise the shortest unique tail of the path ("（一）1.", "四、（二）"), or 序言 / 附则 / "二、附表".</param>
/// <param name="Heading">The part's own short title (加强工业用地保障), when it has one.</param>
/// <param name="Context">The headings of the parts it sits in, outermost first (六、强化要素资源保障体系).</param>
/// <param name="Text">Its text, without the responsible-unit clause.</param>
/// <param name="ResponsibleUnits">The units the part names as responsible, as written (区经信局).</param>
public sealed record ParsedArticle(
    int Ordinal,
    ParsedArticleKind Kind,
    string Number,
    IReadOnlyList<string> Path,
    string Citation,
    string? Heading,
    IReadOnlyList<string> Context,
    string Text,
    IReadOnlyList<string> ResponsibleUnits);
