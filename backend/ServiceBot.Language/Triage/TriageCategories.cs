namespace ServiceBot.Language.Triage;

/// <summary>
/// The fixed set of case categories triage proposes. The list, adjusted to the labelled set: 用能
/// (energy quotas are not 水电气), 企业发展 (技改, 数字化, 小升规), 涉企执法 and 项目落地 have problems of their own,
/// and 外贸 covers e-commerce as 外贸电商.
/// </summary>
public static class TriageCategories
{
    public const string Other = "其他";

    public static IReadOnlyList<string> All { get; } =
    [
        "用地", "用能", "融资", "人才", "用工", "税费", "环保", "审批", "科技创新", "企业发展", "市场监管", "安全生产", "水电气",
        "交通物流", "政务服务", "政策兑现", "外贸电商", "涉企执法", "项目落地", Other,
    ];
}
