using System.Globalization;
using System.Text;
using ServiceBot.Application.Cockpit.Common;
using ServiceBot.Application.Cockpit.GetBureauRanking;

namespace ServiceBot.Bot.Console.Cockpit;

/// <summary>
/// The monthly report as CSV: UTF-8 with a byte-order mark (so Excel opens the Chinese text correctly), one row per
/// bureau and the county total, counts and rates as plain numbers.
/// </summary>
public static class MonthlyReportCsv
{
    /// <summary>RFC 4180 ends records with CRLF, whatever the server's platform.</summary>
    private const string NewLine = "\r\n";

    private static readonly string[] Header =
    [
        "名次", "单位代码", "单位", "交办件", "应签收考核件", "及时签收件", "及时签收率(%)", "应办结考核件", "按时办结件", "按时办结率(%)",
        "回退件", "回退率(%)", "延期件", "延期率(%)", "答复件", "重办件", "重办率(%)", "评价件", "满意件", "满意率(%)", "已解决件", "解决率(%)",
        "超期件", "超期工作日", "得分",
    ];

    public static byte[] Write(BureauRanking ranking)
    {
        ArgumentNullException.ThrowIfNull(ranking);
        var csv = new StringBuilder();
        csv.Append(Line([$"三服务诉求办理月报 {ranking.Period.Label}", $"统计时间 {ranking.TakenAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)}"])).Append(NewLine);
        csv.Append(Line(Header)).Append(NewLine);
        foreach (var b in ranking.Bureaus)
        {
            csv.Append(Row(b.Rank?.ToString(CultureInfo.InvariantCulture) ?? string.Empty, b.Bureau.Code, b.Bureau.Name, b.Counts, b.Score)).Append(NewLine);
        }

        csv.Append(Row(string.Empty, string.Empty, "全县合计", ranking.County, ranking.CountyScore)).Append(NewLine);
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    private static string Row(string rank, string code, string name, BureauCounts c, double? score) => Line(
    [
        rank, code, name, N(c.Received), N(c.SignForJudged), N(c.SignForOnTime), P(c.TimelySignForRate), N(c.AnswerJudged), N(c.AnswerOnTime), P(c.OnTimeAnswerRate),
        N(c.Returned), P(c.ReturnRate), N(c.Extended), P(c.ExtensionRate), N(c.Answered), N(c.Reopened), P(c.ReopenRate), N(c.Evaluated), N(c.Satisfied), P(c.SatisfactionRate),
        N(c.Solved), P(c.SolvedRate), N(c.AnswerLate), N(c.OverdueWorkingDays), score?.ToString("0.0", CultureInfo.InvariantCulture) ?? string.Empty,
    ]);

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string P(double? rate) => rate is { } r ? (r * 100).ToString("0.0", CultureInfo.InvariantCulture) : string.Empty;

    /// <summary>RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled; a leading formula character is neutralised.</summary>
    private static string Line(IEnumerable<string> fields) => string.Join(",", fields.Select(Field));

    private static string Field(string value)
    {
        var safe = value.Length > 0 && "=+-@".Contains(value[0], StringComparison.Ordinal) && !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _) ? "'" + value : value;
        return safe.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{safe.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : safe;
    }
}
