namespace ServiceBot.Application.Cockpit.Common;

/// <summary>
/// What one bureau (or the county) did in a period: the counted sets of <see cref="BureauMetric"/> and the rates
/// made of them. A rate is null when its denominator is zero.
/// </summary>
public sealed record BureauCounts(
    int Received,
    int SignForJudged,
    int SignForOnTime,
    int AnswerJudged,
    int AnswerOnTime,
    int AnswerLate,
    int OverdueWorkingDays,
    int Returned,
    int Extended,
    int Answered,
    int Reopened,
    int Evaluated,
    int Satisfied,
    int Solved)
{
    public static BureauCounts Zero { get; } = new(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /// <summary>及时签收率 = 及时签收 / 应签收考核.</summary>
    public double? TimelySignForRate => Rate(SignForOnTime, SignForJudged);

    /// <summary>按时办结率 = 按时办结 / 应办结考核.</summary>
    public double? OnTimeAnswerRate => Rate(AnswerOnTime, AnswerJudged);

    /// <summary>回退率 = 回退 / 交办.</summary>
    public double? ReturnRate => Rate(Returned, Received);

    /// <summary>延期率 = 延期 / 交办.</summary>
    public double? ExtensionRate => Rate(Extended, Received);

    /// <summary>重办率 = 重办 / 答复.</summary>
    public double? ReopenRate => Rate(Reopened, Answered);

    /// <summary>满意率 = 满意（含基本满意） / 评价.</summary>
    public double? SatisfactionRate => Rate(Satisfied, Evaluated);

    /// <summary>解决率 = 已解决 / 评价.</summary>
    public double? SolvedRate => Rate(Solved, Evaluated);

    /// <summary>Whether anything happened that the figures could judge.</summary>
    public bool HasActivity => Received + SignForJudged + AnswerJudged + Answered + Evaluated + Returned + Extended + Reopened > 0;

    public int Count(BureauMetric metric) => metric switch
    {
        BureauMetric.Received => Received,
        BureauMetric.SignForJudged => SignForJudged,
        BureauMetric.SignForOnTime => SignForOnTime,
        BureauMetric.AnswerJudged => AnswerJudged,
        BureauMetric.AnswerOnTime => AnswerOnTime,
        BureauMetric.AnswerLate => AnswerLate,
        BureauMetric.Returned => Returned,
        BureauMetric.Extended => Extended,
        BureauMetric.Answered => Answered,
        BureauMetric.Reopened => Reopened,
        BureauMetric.Evaluated => Evaluated,
        BureauMetric.Satisfied => Satisfied,
        BureauMetric.Solved => Solved,
        _ => 0,
    };

    public BureauCounts Plus(BureauCounts other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new BureauCounts(
            Received + other.Received,
            SignForJudged + other.SignForJudged,
            SignForOnTime + other.SignForOnTime,
            AnswerJudged + other.AnswerJudged,
            AnswerOnTime + other.AnswerOnTime,
            AnswerLate + other.AnswerLate,
            OverdueWorkingDays + other.OverdueWorkingDays,
            Returned + other.Returned,
            Extended + other.Extended,
            Answered + other.Answered,
            Reopened + other.Reopened,
            Evaluated + other.Evaluated,
            Satisfied + other.Satisfied,
            Solved + other.Solved);
    }

    private static double? Rate(int numerator, int denominator) => denominator == 0 ? null : (double)numerator / denominator;
}
