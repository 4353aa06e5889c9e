using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ServiceBot.Application.Common.Security;
using ServiceBot.Application.Common.Time;
using ServiceBot.Domain.Cases;
using ServiceBot.Domain.Common;
using ServiceBot.Domain.Enterprises;
using ServiceBot.Domain.Users;
using ServiceBot.Infrastructure.Persistence;

namespace ServiceBot.Benchmarks.ConsolePages;

/// <summary>
/// A year of cases made through the real lifecycle at their own past moments, so every state, clock, timeline entry
/// and evaluation is what the service would have recorded: most answered and evaluated, some late, some returned
/// or extended, some still open and overdue. Saved in batches with change detection off and without outbox rows
/// (their events are long delivered).
/// </summary>
internal static class ConsoleCaseGenerator
{
    private const int BatchSize = 1_000;

    private static readonly string[] Towns =
        ["浦阳街道", "仙华街道", "浦南街道", "黄宅镇", "岩头镇", "郑宅镇", "檀溪镇", "杭坪镇", "白马镇", "郑家坞镇", "潘宅镇", "前吴乡", "花桥乡", "虞宅乡", "大畈乡", "中余乡"];

    private static readonly string[] Categories = ["用地", "融资", "人才", "用工", "水电气", "环保", "税费", "科技创新", "交通物流", "审批服务", "外贸", "其他"];

    private static readonly string[] Leaders = ["county-head", "exec-deputy", "industry-deputy"];

    private static readonly Actor Coordinator = new("bench-dispatcher", "三服务办 调度员", Role.Coordinator);

    /// <summary>Generates <paramref name="count"/> cases submitted over the year before <paramref name="now"/>; returns how many are still open.</summary>
    public static async Task<int> GenerateAsync(IServiceProvider services, int count, DateTimeOffset now, TextWriter log, CancellationToken cancellationToken)
    {
        var (bureaus, enterprises) = await ReferenceAsync(services, now, cancellationToken).ConfigureAwait(false);
        var numbers = new Dictionary<int, int>();
        var open = 0;
        for (var start = 0; start < count; start += BatchSize)
        {
            await using var scope = services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<CurrentUser>().Actor = Actor.System;
            var db = scope.ServiceProvider.GetRequiredService<ServiceBotDbContext>();
            var template = scope.ServiceProvider.GetRequiredService<LifecycleContextFactory>().Create(Actor.System);
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var i = start; i < Math.Min(count, start + BatchSize); i++)
            {
                var c = Play(i, new Random(i), bureaus, enterprises, numbers, template, now);
                c.ClearDomainEvents();
                open += c.IsOpen ? 1 : 0;
                db.Cases.Add(c);
            }

            db.ChangeTracker.DetectChanges();
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            if ((start / BatchSize) % 10 == 9)
            {
                await log.WriteLineAsync($"  {start + BatchSize:N0} cases").ConfigureAwait(false);
            }
        }

        return open;
    }

    private static Case Play(int i, Random random, IReadOnlyList<string> bureaus, IReadOnlyList<(Guid Id, Actor Owner)> enterprises, Dictionary<int, int> numbers, LifecycleContext template, DateTimeOffset now)
    {
        var (enterprise, owner) = enterprises[random.Next(enterprises.Count)];
        var submitted = now - TimeSpan.FromMinutes(random.Next(10, 365 * 24 * 60));
        LifecycleContext At(DateTimeOffset at, Actor actor) => template with { Now = at, Actor = actor };
        Actor Staff(string bureau) => new($"bench-staff-{bureau}", $"{bureau} 经办人", Role.BureauStaff, bureau);

        var urgent = random.NextDouble() < 0.05;
        var year = template.Deadlines.LocalDate(submitted).Year;
        numbers[year] = numbers.GetValueOrDefault(year) + 1;
        var c = Case.Submit(
            new CaseSubmission(
                enterprise, random.NextDouble() < 0.15 ? CaseType.PolicyConsultation : CaseType.Problem, Categories[random.Next(Categories.Length)],
                $"第{i}号诉求：企业在扩大生产中遇到困难，希望有关部门帮助协调解决，具体情况已电话说明。", urgent ? CaseUrgency.Urgent : CaseUrgency.Normal,
                urgent ? "订单月底前必须交付" : null, random.NextDouble() < 0.1 ? CaseComplexity.Complex : CaseComplexity.Normal, "王经理", "13957900001", "webchat"),
            CaseNumber.Format(year, numbers[year]),
            At(submitted, owner)).Value;

        // Skewed toward a few busy bureaus, as real workloads are: 自然资源和规划局 gets about one case in twelve.
        var lead = random.NextDouble() < 0.08 ? "zrzy" : bureaus[random.Next(bureaus.Count)];
        var co = random.NextDouble() < 0.15 ? new[] { bureaus[random.Next(bureaus.Count)] } : [];
        var t = submitted + TimeSpan.FromMinutes(random.Next(10, 240));
        if (t > now || !Step(c.Dispatch(new DispatchPlan(lead, co), At(t, Coordinator))))
        {
            return c;
        }

        if (random.NextDouble() < 0.03)
        {
            t += TimeSpan.FromHours(1);
            var other = bureaus[(bureaus.ToList().IndexOf(lead) + 1) % bureaus.Count];
            if (t > now || !Step(c.RequestReturn("不属于本单位职责。", At(t, Staff(lead)))))
            {
                return c;
            }

            t += TimeSpan.FromHours(2);
            if (t > now || !Step(c.ApproveReturn(new DispatchPlan(other, []), At(t, Coordinator))))
            {
                return c;
            }

            lead = other;
        }

        // Cases left unsigned or unanswered are recent ones: older ones were dealt with (if late), as the ladder
        // of 催办, 督办 and 提级 sees to it in a running county.
        var sign = random.NextDouble();
        if (sign < 0.03 && now - t < TimeSpan.FromDays(5))
        {
            return c;
        }

        t += sign < 0.85 ? TimeSpan.FromHours(random.Next(1, 20)) : TimeSpan.FromHours(random.Next(40, 120));
        if (t > now || !Step(c.SignFor(At(t, Staff(lead)))))
        {
            return c;
        }

        var due = c.ActiveClock(ClockKind.Answer)!.DueAt;
        if (random.NextDouble() < 0.05 && Step(c.RequestExtension(template.Deadlines.Calendar.AddWorkingDays(c.ActiveClock(ClockKind.Answer)!.DueDate, 5, out _), "需要会商。", At(t + TimeSpan.FromHours(2), Staff(lead)))))
        {
            t += TimeSpan.FromHours(3);
            if (t > now || !Step(c.ApproveExtension(null, At(t, Coordinator))))
            {
                return c;
            }

            due = c.ActiveClock(ClockKind.Answer)!.DueAt;
        }

        var answer = random.NextDouble();
        if (answer < 0.08 && now - due < TimeSpan.FromDays(15))
        {
            if (due < now && random.NextDouble() < 0.3)
            {
                Step(c.EscalateToLeader(Leaders[random.Next(Leaders.Length)], "超期未办结，提级至分管县领导。", At(due + TimeSpan.FromDays(3) < now ? due + TimeSpan.FromDays(3) : now, Coordinator)));
            }

            return c;
        }

        t = answer < 0.88 ? t + ((due - t) * random.NextDouble()) : due + TimeSpan.FromHours(random.Next(10, 200));
        if (t > now || !Step(c.SubmitAnswer("经研究，已按有关政策协调解决，具体如下：已安排专人对接。", At(t, Staff(lead)))))
        {
            return c;
        }

        t += TimeSpan.FromHours(random.Next(2, 48));
        if (random.NextDouble() < 0.25)
        {
            var closeAt = c.ActiveClock(ClockKind.Evaluation)!.DueAt;
            if (closeAt <= now)
            {
                Step(c.CloseUnevaluated(At(closeAt, Actor.System)));
            }

            return c;
        }

        var satisfied = random.NextDouble() < 0.88;
        if (t > now || !Step(c.Evaluate(satisfied ? EvaluationRating.Satisfied : EvaluationRating.Unsatisfied, random.NextDouble() < 0.85, satisfied ? null : "问题没有解决", At(t, owner))) || satisfied)
        {
            return c;
        }

        t += TimeSpan.FromDays(random.Next(1, 6));
        if (t <= now && Step(c.SubmitAnswer("已再次协调，问题已解决。", At(t, Staff(lead)))))
        {
            t += TimeSpan.FromHours(5);
            if (t <= now)
            {
                Step(c.Evaluate(EvaluationRating.BasicallySatisfied, true, null, At(t, owner)));
            }
        }

        return c;
    }

    private static bool Step(Result result) => result.IsSuccess;

    private static async Task<(IReadOnlyList<string> Bureaus, IReadOnlyList<(Guid, Actor)> Enterprises)> ReferenceAsync(IServiceProvider services, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ServiceBotDbContext>();
        var bureaus = await db.Bureaus.Where(b => b.Kind == Domain.Bureaus.BureauKind.ResponsibleUnit).OrderBy(b => b.Code).Select(b => b.Code).ToListAsync(cancellationToken).ConfigureAwait(false);
        var enterprises = new List<(Guid, Actor)>();
        for (var i = 0; i < 2_000; i++)
        {
            var code = CreditCode(i);
            var enterprise = Enterprise.Register($"浦江县测试企业{i:D4}有限公司", code, Towns[i % Towns.Length], "制造业", now).Value;
            if (i % 40 == 0)
            {
                enterprise.AssignContactLeader(Leaders[i / 40 % Leaders.Length]);
            }

            db.Enterprises.Add(enterprise);
            enterprises.Add((enterprise.Id, new Actor($"bench-ent-{i}", "王经理", Role.EnterpriseUser, EnterpriseId: enterprise.Id)));
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return (bureaus, enterprises);
    }

    /// <summary>A valid 统一社会信用代码 (GB 32100: the 18th character is a check character over the first 17).</summary>
    private static string CreditCode(int i)
    {
        const string alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        int[] weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
        var body = $"91330726MA{i:D7}";
        var sum = body.Select((ch, k) => alphabet.IndexOf(ch, StringComparison.Ordinal) * weights[k]).Sum();
        return body + alphabet[(31 - (sum % 31)) % 31];
    }
}
