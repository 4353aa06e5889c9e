using System.ComponentModel.DataAnnotations;

namespace ServiceBot.Infrastructure.Scheduling;

/// <summary>Configuration section <c>Scheduler</c>: the Quartz.NET scheduler that drives deadlines and reports.</summary>
public sealed class SchedulerHostOptions
{
    public const string SectionName = "Scheduler";

    /// <summary>Start the scheduler with the host. Tests that drive jobs by hand switch it off.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often a clustered node checks in; a node silent for twice this long is taken over.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan ClusterCheckinInterval { get; set; } = TimeSpan.FromSeconds(10);

    [Range(1, 64)]
    public int MaxConcurrentJobs { get; set; } = 4;

    /// <summary>
    /// The longest the deadline sweep sleeps. It is woken at the next clock milestone it knows of, and sooner by a
    /// commit of this process that brings one forward; this bounds how late a milestone brought forward by another
    /// host instance can be noticed.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan DeadlineSweepMaxInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How many cases the deadline sweep checks and saves together.</summary>
    [Range(1, 5000)]
    public int DeadlineBatchSize { get; set; } = 100;

    /// <summary>Take part in a Quartz cluster with every other host instance on the same PostgreSQL database (SQLite is single-process).</summary>
    public bool Clustered { get; set; } = true;
}
