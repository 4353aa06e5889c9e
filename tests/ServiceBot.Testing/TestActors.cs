using ServiceBot.Domain.Users;

namespace ServiceBot.Testing;

/// <summary>People who act on cases in tests; the lead bureau is 自然资源和规划局 (zrzy), the co-handler 经信局 (jxj).</summary>
public static class TestActors
{
    public const string LeadBureau = "zrzy";
    public const string CoBureau = "jxj";
    public const string OtherBureau = "swj";

    public static Guid EnterpriseId { get; } = Guid.Parse("6f1d2a8e-0000-4000-8000-000000000001");

    public static Actor Coordinator { get; } = new("u-dispatcher", "三服务办调度员", Role.Coordinator);

    public static Actor LeadStaff { get; } = new("u-staff-zrzy", "自然资源经办人", Role.BureauStaff, LeadBureau);

    public static Actor LeadHead { get; } = new("u-head-zrzy", "自然资源负责人", Role.BureauHead, LeadBureau);

    public static Actor CoStaff { get; } = new("u-staff-jxj", "经信局经办人", Role.BureauStaff, CoBureau);

    public static Actor OtherStaff { get; } = new("u-staff-swj", "商务局经办人", Role.BureauStaff, OtherBureau);

    public static Actor Entrepreneur { get; } = new("u-ent", "王经理", Role.EnterpriseUser, EnterpriseId: EnterpriseId);

    public static Actor OtherEntrepreneur { get; } = new("u-ent2", "李经理", Role.EnterpriseUser, EnterpriseId: Guid.NewGuid());

    public static Actor Leader { get; } = new("u-leader", "分管副县长", Role.CountyLeader);

    public static Actor Admin { get; } = new("u-admin", "管理员", Role.Admin);
}
