using ServiceBot.Application.Cases.Common;
using ServiceBot.Domain.Cases;

namespace ServiceBot.Dialogs.Flows.Common;

/// <summary>The clock of a kind that matters now: the running or paused one, else the latest (a finished clock).</summary>
internal static class CaseClocks
{
    public static ClockView? Current(CaseDetail detail, ClockKind kind)
    {
        ArgumentNullException.ThrowIfNull(detail);
        var ofKind = detail.Clocks.Where(c => c.Kind == kind && c.BureauCode is null).OrderByDescending(c => c.StartedAt).ToList();
        return ofKind.FirstOrDefault(c => c.Status is ClockStatus.Running or ClockStatus.Paused) ?? ofKind.FirstOrDefault();
    }

    /// <summary>The due date of the current clock of <paramref name="kind"/>, as people read it; null when there is none.</summary>
    public static string? DueDate(CaseDetail detail, ClockKind kind) => Current(detail, kind) is { } clock ? ChineseDate.Format(clock.DueDate) : null;
}
