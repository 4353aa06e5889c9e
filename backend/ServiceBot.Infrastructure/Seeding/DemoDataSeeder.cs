using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ServiceBot.Application.Common.Persistence;
using ServiceBot.Application.Common.Time;
using ServiceBot.Domain.Cases;
using ServiceBot.Domain.Enterprises;
using ServiceBot.Domain.Users;
using ServiceBot.Infrastructure.Persistence;

namespace ServiceBot.Infrastructure.Seeding;

/// <summary>
/// Sample enterprises and cases in every stage, built through the real lifecycle at past times so their clocks,
/// timelines and notifications are what the system itself would have produced. Runs once, on an empty database.
/// </summary>
internal sealed class DemoDataSeeder(
    ServiceBotDbContext db, DemoAccounts accounts, ICaseNumberSequence numbers, ICalendarProvider calendar, IOptionsMonitor<SlaOptions> sla, TimeProvider time, IOptions<DemoOptions> demo)
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var password = demo.Value.Password;
        await accounts.EnsureStaffAsync(password, cancellationToken).ConfigureAwait(false);
        if (await db.Cases.AnyAsync(cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        var now = time.GetUtcNow();
        var jingcai = await EnterpriseAsync("浦江县晶彩水晶有限公司", "91330726MA28D4K2XB", "浦阳街道", "水晶玻璃制品", now, cancellationToken).ConfigureAwait(false);
        var huasuo = await EnterpriseAsync("浙江华锁五金制造有限公司", "913307267045671235", "黄宅镇", "挂锁五金", now, cancellationToken).ConfigureAwait(false);
        var henghang = await EnterpriseAsync("浦江恒绗家纺有限公司", "91330726MA2E1HJ575", "白马镇", "绗缝家纺", now, cancellationToken).ConfigureAwait(false);
        var guangke = await EnterpriseAsync("浦江光科电子有限公司", "91330726MA29QW8L0T", "仙华街道", "LED光电", now, cancellationToken).ConfigureAwait(false);
        jingcai.AssignContactLeader("industry-deputy");

        var wang = await accounts.EnsureAsync("ent-jingcai", "王建国", Role.EnterpriseUser, password, enterprise: jingcai.Id).ConfigureAwait(false);
        var li = await accounts.EnsureAsync("ent-huasuo", "李秀英", Role.EnterpriseUser, password, enterprise: huasuo.Id).ConfigureAwait(false);
        var chen = await accounts.EnsureAsync("ent-henghang", "陈志强", Role.EnterpriseUser, password, enterprise: henghang.Id).ConfigureAwait(false);
        jingcai.AddOrUpdateContact("王建国", "13957900001", wang);
        huasuo.AddOrUpdateContact("李秀英", "13957900002", li);
        henghang.AddOrUpdateContact("陈志强", "13957900003", chen);
        guangke.AddOrUpdateContact("赵敏", "13957900004", null);

        var people = new DemoPeople(
            new Actor(wang, "王建国", Role.EnterpriseUser, EnterpriseId: jingcai.Id),
            new Actor(li, "李秀英", Role.EnterpriseUser, EnterpriseId: huasuo.Id),
            new Actor(chen, "陈志强", Role.EnterpriseUser, EnterpriseId: henghang.Id));
        foreach (var script in DemoCases.All(jingcai, huasuo, henghang, guangke, people))
        {
            await PlayAsync(script, now, cancellationToken).ConfigureAwait(false);
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<Enterprise> EnterpriseAsync(string name, string code, string town, string industry, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var existing = await db.Enterprises.SingleOrDefaultAsync(e => e.CreditCode == code, cancellationToken).ConfigureAwait(false);
        if (existing is not null)
        {
            return existing;
        }

        var enterprise = Enterprise.Register(name, code, town, industry, now).Value;
        db.Enterprises.Add(enterprise);
        return enterprise;
    }

    /// <summary>Plays a scripted case: each step runs at its own past moment, counted back in working days.</summary>
    private async Task PlayAsync(DemoCaseScript script, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var deadlines = calendar.Deadlines;
        var policy = sla.CurrentValue.ToPolicy();
        LifecycleContext At(DemoStep step, Actor actor) => new(actor, WorkingDaysAgo(step.WorkingDaysAgo, step.Hour, now), deadlines, policy);

        var submitted = At(script.Submitted, script.Reporter);
        var year = deadlines.LocalDate(submitted.Now).Year;
        var number = CaseNumber.Format(year, await numbers.NextAsync(year, cancellationToken).ConfigureAwait(false));
        var c = Case.Submit(script.Submission, number, submitted).Value;
        foreach (var (step, act) in script.Steps)
        {
            var result = act(c, At(step, step.Actor));
            if (!result.IsSuccess)
            {
                throw new InvalidOperationException($"Demo case {number} step failed: {result.Error!.Message}");
            }
        }

        db.Cases.Add(c);
    }

    /// <summary>
    /// The moment <paramref name="workingDays"/> working days before the latest working day up to today, at
    /// <paramref name="hour"/> China time; never later than now.
    /// </summary>
    private DateTimeOffset WorkingDaysAgo(int workingDays, int hour, DateTimeOffset now)
    {
        var deadlines = calendar.Deadlines;
        var date = LatestWorkingDayOnOrBefore(deadlines.LocalDate(now));
        for (var i = 0; i < workingDays; i++)
        {
            date = LatestWorkingDayOnOrBefore(date.AddDays(-1));
        }

        var local = date.ToDateTime(new TimeOnly(hour, 0));
        var at = new DateTimeOffset(local, deadlines.TimeZone.GetUtcOffset(local));
        return at > now ? now.AddMinutes(-30) : at;
    }

    private DateOnly LatestWorkingDayOnOrBefore(DateOnly date)
    {
        while (!calendar.Deadlines.Calendar.IsWorkingDay(date))
        {
            date = date.AddDays(-1);
        }

        return date;
    }
}
