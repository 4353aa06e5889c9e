using ServiceBot.Application.Cases.AnswerCase;
using ServiceBot.Application.Cases.ApproveExtension;
using ServiceBot.Application.Cases.ApproveReturn;
using ServiceBot.Application.Cases.CreateCase;
using ServiceBot.Application.Cases.DispatchCase;
using ServiceBot.Application.Cases.EvaluateCase;
using ServiceBot.Application.Cases.GetCase;
using ServiceBot.Application.Cases.RequestExtension;
using ServiceBot.Application.Cases.RequestReturn;
using ServiceBot.Application.Cases.SignForCase;
using ServiceBot.Domain.Cases;
using ServiceBot.Domain.Common;
using ServiceBot.Domain.Users;
using ServiceBot.Testing;

namespace ServiceBot.Application.Tests.Cockpit;

/// <summary>
/// Five cases of two bureaus, played through the real commands at known times from Monday 2026-11-23, so the
/// bureaus' figures can be computed by hand (default deadlines: sign for within 1 working day, answer within 7).
/// <list type="bullet">
/// <item>A (自然资源, Z): signed on time, answered 11-25 (on time), rated satisfied and solved 11-26.</item>
/// <item>B (Z): signed 11-25 (sign-for due 11-24: late), answered 12-03 (due 12-02: one working day late), rated unsatisfied 12-04 → reopened.</item>
/// <item>C (商务, S): signed on time, extension to 12-09 approved 11-26, answered 12-08 (on time against the new date).</item>
/// <item>D: S asked to return it 11-23 11:00, approved 14:00 and routed to Z, which signed on time and has not answered (due 12-02).</item>
/// <item>E (Z): never signed for, never answered (both due dates passed).</item>
/// </list>
/// The figures are read at Thursday 2026-12-10 12:00.
/// </summary>
public sealed class MetricsScenario : IAsyncLifetime
{
    public const string Z = "zrzy";
    public const string S = "swj";

    private static readonly Actor Coordinator = TestActors.Coordinator;
    private static readonly Actor StaffZ = new("u-staff-zrzy", "自然资源经办人", Role.BureauStaff, Z);
    private static readonly Actor StaffS = new("u-staff-swj", "商务局经办人", Role.BureauStaff, S);

    public TestServices Services { get; private set; } = null!;

    public Dictionary<string, string> Numbers { get; } = [];

    public static DateTimeOffset ReadAt { get; } = TestCalendars.China(2026, 12, 10, 12);

    public async Task InitializeAsync()
    {
        Services = await TestServices.StartAsync(TestCalendars.China(2026, 11, 23, 9));
        foreach (var (name, lead) in new[] { ("A", Z), ("B", Z), ("C", S), ("D", S), ("E", Z) })
        {
            var created = Ok(await Services.SendAsync(Coordinator, new CreateCaseCommand(
                CaseType.Problem, "用地", $"测试诉求{name}：企业扩建厂房需要新增工业用地，希望协调。", CaseUrgency.Normal, null, CaseComplexity.Normal,
                "王建国", "13957900001", "api", null, "浦江县晶彩水晶有限公司", "91330726MA28D4K2XB", "浦阳街道", "水晶玻璃制品")));
            Numbers[name] = created.Number;
            Ok(await Services.SendAsync(Coordinator, new DispatchCaseCommand(created.Number, lead, [], false)));
        }

        var enterprise = Ok(await Services.SendAsync(Coordinator, new GetCaseQuery(Numbers["A"]))).Enterprise.Id;
        var owner = new Actor("u-ent", "王建国", Role.EnterpriseUser, EnterpriseId: enterprise);

        await At(11, 23, 10, (StaffZ, new SignForCaseCommand(Numbers["A"])), (StaffS, new SignForCaseCommand(Numbers["C"])));
        await At(11, 23, 11, (StaffS, new RequestReturnCommand(Numbers["D"], "道路养护不属于商务局职责。")));
        await At(11, 23, 14, (Coordinator, new ApproveReturnCommand(Numbers["D"], Z, [], false)));
        await At(11, 24, 10, (StaffZ, new SignForCaseCommand(Numbers["D"])));
        await At(11, 25, 9, (StaffZ, new SignForCaseCommand(Numbers["B"])));
        await At(11, 25, 10, (StaffZ, new AnswerCaseCommand(Numbers["A"], "已纳入下批次工业用地供应计划。")));
        await At(11, 26, 9, (owner, new EvaluateCaseCommand(Numbers["A"], EvaluationRating.Satisfied, true, null)));
        await At(11, 26, 10, (StaffS, new RequestExtensionCommand(Numbers["C"], new DateOnly(2026, 12, 9), "需要会商外贸政策。")));
        await At(11, 26, 11, (Coordinator, new ApproveExtensionCommand(Numbers["C"], null)));
        await At(12, 3, 10, (StaffZ, new AnswerCaseCommand(Numbers["B"], "已协调规划调整，待下批次供地。")));
        await At(12, 4, 9, (owner, new EvaluateCaseCommand(Numbers["B"], EvaluationRating.Unsatisfied, false, "没有解决")));
        await At(12, 8, 10, (StaffS, new AnswerCaseCommand(Numbers["C"], "已按外贸政策办理出口退税加急。")));
        Services.Clock.SetUtcNow(ReadAt);
    }

    public async Task DisposeAsync() => await Services.DisposeAsync();

    private async Task At(int month, int day, int hour, params (Actor Actor, MediatR.IRequest<Result> Command)[] steps)
    {
        Services.Clock.SetUtcNow(TestCalendars.China(2026, month, day, hour));
        foreach (var (actor, command) in steps)
        {
            var result = await Services.SendAsync(actor, command);
            Assert.True(result.IsSuccess, $"{command.GetType().Name}: {result.Error?.Message}");
        }
    }

    private static T Ok<T>(Result<T> result)
    {
        Assert.True(result.IsSuccess, result.Error?.Message);
        return result.Value;
    }

    private static void Ok(Result result) => Assert.True(result.IsSuccess, result.Error?.Message);
}
