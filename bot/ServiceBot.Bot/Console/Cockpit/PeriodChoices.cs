using ServiceBot.Application.Cockpit.Common;

namespace ServiceBot.Bot.Console.Cockpit;

/// <summary>The periods offered in the cockpit's period picker: recent months, quarters and years.</summary>
public static class PeriodChoices
{
    public static IReadOnlyList<ReportPeriod> Around(DateOnly today)
    {
        var month = ReportPeriod.MonthOf(today);
        var quarter = new ReportPeriod(ReportPeriodKind.Quarter, today.Year, ((today.Month - 1) / 3) + 1);
        var year = new ReportPeriod(ReportPeriodKind.Year, today.Year, 1);
        var choices = new List<ReportPeriod>();
        for (var (m, i) = (month, 0); i < 12; m = m.Previous(), i++)
        {
            choices.Add(m);
        }

        for (var (q, i) = (quarter, 0); i < 4; q = q.Previous(), i++)
        {
            choices.Add(q);
        }

        choices.Add(year);
        choices.Add(year.Previous());
        return choices;
    }
}
