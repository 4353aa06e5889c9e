namespace ServiceBot.Application.Cockpit.Common;

/// <summary>The length of a reporting period.</summary>
public enum ReportPeriodKind
{
    Month,
    Quarter,
    Year,
}
