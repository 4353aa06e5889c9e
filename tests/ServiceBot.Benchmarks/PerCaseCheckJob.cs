using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using ServiceBot.Application.Common.Security;
using ServiceBot.Application.Deadlines;
using ServiceBot.Domain.Users;
using ServiceBot.Infrastructure.Persistence;

namespace ServiceBot.Benchmarks;

/// <summary>
/// The alternative design, measured against the sweep: one Quartz trigger per case at its next check. The job
/// checks its case with the same <see cref="DeadlineMonitor"/> and moves its trigger to the case's next check.
/// </summary>
internal sealed class PerCaseCheckJob(IServiceScopeFactory scopes, LatenessRecorder recorder) : IJob
{
    public static readonly JobKey Key = new("per-case-check", "bench");

    public static ITrigger Trigger(TimeProvider time, Guid caseId, DateTimeOffset at) =>
        TriggerBuilder.Create(time)
            .WithIdentity(caseId.ToString("N"), "bench")
            .ForJob(Key)
            .UsingJobData("caseId", caseId.ToString())
            .StartAt(at)
            .WithSchedule(SimpleScheduleBuilder.Create().WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .Build();

    public static IJobDetail Detail() => JobBuilder.Create<PerCaseCheckJob>().WithIdentity(Key).StoreDurably().Build();

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var caseId = Guid.Parse(Convert.ToString(context.MergedJobDataMap["caseId"], System.Globalization.CultureInfo.InvariantCulture)!);
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Actor = Actor.System;
        var done = await scope.ServiceProvider.GetRequiredService<DeadlineMonitor>().CheckAsync([caseId], cancellationToken).ConfigureAwait(false);
        recorder.Committed(done, TimeProvider.System.GetUtcNow());

        var db = scope.ServiceProvider.GetRequiredService<ServiceBotDbContext>();
        var next = await db.Cases.Where(c => c.Id == caseId).SelectMany(c => c.Clocks).Where(k => k.NextCheckAt != null)
            .OrderBy(k => k.NextCheckAt).Select(k => k.NextCheckAt).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (next is { } at)
        {
            await context.Scheduler.RescheduleJob(context.Trigger.Key, Trigger(context.Scheduler.TimeProvider, caseId, at), cancellationToken).ConfigureAwait(false);
        }
    }
}
