namespace ServiceBot.Application.Understanding;

/// <summary>
/// Configuration section <c>Understanding</c>: the county's gazetteer of towns, townships and streets, which
/// messages are searched for. Empty means the default county, 浦江县 (<see cref="DefaultPlaces"/>).
/// </summary>
public sealed class UnderstandingOptions
{
    public const string SectionName = "Understanding";

    /// <summary>浦江县's 3 streets, 8 towns and 5 townships.</summary>
    public static IReadOnlyList<string> DefaultPlaces { get; } =
    [
        "浦阳街道", "仙华街道", "浦南街道", "黄宅镇", "岩头镇", "郑宅镇", "檀溪镇", "杭坪镇", "白马镇", "郑家坞镇", "潘宅镇", "前吴乡", "花桥乡",
        "虞宅乡", "大畈乡", "中余乡",
    ];

    /// <summary>Full names (黄宅镇, 浦阳街道); messages are matched with or without the 镇/乡/街道.</summary>
    public IList<string> Places { get; } = [];

    public IReadOnlyList<string> EffectivePlaces => Places.Count == 0 ? DefaultPlaces : [.. Places];
}
