using ServiceBot.Domain.Cases;
using ServiceBot.Domain.Common;
using ServiceBot.Domain.Users;

namespace ServiceBot.Infrastructure.Seeding;

/// <summary>A moment in a demo case's history: so many working days before today, at an hour, by someone.</summary>
internal sealed record DemoStep(int WorkingDaysAgo, int Hour, Actor Actor);

/// <summary>A demo case: what was reported, and what happened to it since.</summary>
internal sealed record DemoCaseScript(
    CaseSubmission Submission, Actor Reporter, DemoStep Submitted, IReadOnlyList<(DemoStep Step, Func<Case, LifecycleContext, Result> Act)> Steps);

internal sealed record DemoPeople(Actor Wang, Actor Li, Actor Chen);
