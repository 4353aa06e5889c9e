using ServiceBot.Domain.Cases;
using ServiceBot.Domain.Enterprises;
using ServiceBot.Domain.Users;

namespace ServiceBot.Infrastructure.Seeding;

/// <summary>The demo cases, drawn from problems the seed policy documents describe.</summary>
internal static class DemoCases
{
    private static readonly Actor Dispatcher = new("demo-dispatcher", "三服务办 调度员", Role.Coordinator);

    public static IEnumerable<DemoCaseScript> All(Enterprise jingcai, Enterprise huasuo, Enterprise henghang, Enterprise guangke, DemoPeople people)
    {
        static Actor Staff(string code) => new($"demo-staff-{code}", $"{code} 经办人", Role.BureauStaff, code);
        static DispatchPlan Plan(string lead, params string[] co) => new(lead, co);

        // In progress at 自然资源和规划局 with 经信局 co-handling: land for a high-tax manufacturer (Pujiang art. 20).
        yield return new DemoCaseScript(
            Submission(jingcai, CaseType.Problem, "用地", "我们公司年纳税600多万，订单增长很快，产能不够，想扩建厂房，但厂区已经没有空地了，县里能不能优先安排一块工业用地？", "王建国", "13957900001"),
            people.Wang,
            new DemoStep(3, 9, people.Wang),
            [
                (new DemoStep(3, 10, Dispatcher), (c, ctx) => c.Dispatch(Plan("zrzy", "jxj"), ctx)),
                (new DemoStep(2, 9, Staff("zrzy")), (c, ctx) => c.SignFor(ctx)),
                (new DemoStep(1, 15, Staff("zrzy")), (c, ctx) => c.PostStageReply("已调取企业亩均效益评价数据，正与经信局会商供地方案。", ctx)),
            ]);

        // Waiting in the coordinator's queue: a relocation touching several bureaus, which triage rightly leaves to
        // the coordinator (a confident description would be dispatched by the system as soon as the outbox runs).
        yield return new DemoCaseScript(
            Submission(huasuo, CaseType.Problem, "企业发展", "企业想搬到园区新厂房，但是老厂房的手续、员工社保转移、税务迁移一堆事情，不知道从哪里开始办，希望有部门牵头帮我们理一理。", "李秀英", "13957900002", urgent: "新厂房下月交付，老厂房租约月底到期"),
            people.Li,
            new DemoStep(0, 8, people.Li),
            []);

        // Answered, waiting for the enterprise's evaluation: high-tech enterprise application (科技局).
        yield return new DemoCaseScript(
            Submission(henghang, CaseType.Problem, "科技创新", "今年准备申报国家高新技术企业，研发费用怎么归集不太清楚，能不能派人上门指导？", "陈志强", "13957900003"),
            people.Chen,
            new DemoStep(6, 9, people.Chen),
            [
                (new DemoStep(6, 11, Dispatcher), (c, ctx) => c.Dispatch(Plan("kjj"), ctx)),
                (new DemoStep(5, 9, Staff("kjj")), (c, ctx) => c.SignFor(ctx)),
                (new DemoStep(1, 16, Staff("kjj")), (c, ctx) => c.SubmitAnswer("已安排科技特派员于下周二上门辅导研发费用辅助账归集，并提供高企认定申报指引。", ctx)),
            ]);

        // Overdue and never signed for: a discharge permit change (生态环境分局), taken by phone.
        yield return new DemoCaseScript(
            Submission(guangke, CaseType.Problem, "环保", "新上一条LED封装生产线，需要办理排污许可变更，材料交上去两个星期了，一直没有回音。", "赵敏", "13957900004", channel: "phone"),
            Dispatcher,
            new DemoStep(12, 10, Dispatcher),
            [(new DemoStep(12, 14, Dispatcher), (c, ctx) => c.Dispatch(Plan("sthj"), ctx))]);

        // Closed after a satisfied evaluation: school places for talents' children (教育局).
        yield return new DemoCaseScript(
            Submission(jingcai, CaseType.Problem, "人才", "公司引进的两名技术骨干，孩子今年秋季要上小学，户口不在本地，入学怎么办理？", "王建国", "13957900001"),
            people.Wang,
            new DemoStep(15, 9, people.Wang),
            [
                (new DemoStep(15, 10, Dispatcher), (c, ctx) => c.Dispatch(Plan("jyj", "rcb"), ctx)),
                (new DemoStep(14, 9, Staff("jyj")), (c, ctx) => c.SignFor(ctx)),
                (new DemoStep(10, 15, Staff("jyj")), (c, ctx) => c.SubmitAnswer("两名子女已按引进人才政策安排至浦阳一小就读，请于开学前携人才认定证明办理报到。", ctx)),
                (new DemoStep(9, 10, people.Wang), (c, ctx) => c.Evaluate(EvaluationRating.Satisfied, solved: true, "办得很快，谢谢！", ctx)),
            ]);

        // A policy consultation in progress: export tax rebates (税务局).
        yield return new DemoCaseScript(
            Submission(huasuo, CaseType.PolicyConsultation, "税费", "我们出口挂锁到欧洲，出口退税到账比较慢，有没有加快办理的政策？", "李秀英", "13957900002"),
            people.Li,
            new DemoStep(1, 9, people.Li),
            [
                (new DemoStep(1, 10, Dispatcher), (c, ctx) => c.Dispatch(Plan("tax"), ctx)),
                (new DemoStep(0, 9, Staff("tax")), (c, ctx) => c.SignFor(ctx)),
            ]);

        // Returned by the wrong bureau, waiting for the coordinator's ruling: a road damaged by trucks (交通局, not 住建局).
        yield return new DemoCaseScript(
            Submission(henghang, CaseType.Problem, "交通物流", "厂区门口的道路被渣土车压坏了，坑坑洼洼，货车进出很困难，下雨天更严重。", "陈志强", "13957900003"),
            people.Chen,
            new DemoStep(1, 8, people.Chen),
            [
                (new DemoStep(1, 9, Dispatcher), (c, ctx) => c.Dispatch(Plan("zjj"), ctx)),
                (new DemoStep(0, 8, Staff("zjj")), (c, ctx) => c.RequestReturn("道路养护不属于住建局职责，建议交县交通运输局办理。", ctx)),
            ]);
    }

    private static CaseSubmission Submission(
        Enterprise enterprise, CaseType type, string category, string description, string contact, string mobile, string? urgent = null, string channel = "webchat") =>
        new(enterprise.Id, type, category, description, urgent is null ? CaseUrgency.Normal : CaseUrgency.Urgent, urgent, CaseComplexity.Normal, contact, mobile, channel);
}
