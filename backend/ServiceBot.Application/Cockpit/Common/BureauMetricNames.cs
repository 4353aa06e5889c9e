namespace ServiceBot.Application.Cockpit.Common;

/// <summary>The Chinese names of the counted sets, as headings of drill-down lists.</summary>
public static class BureauMetricNames
{
    public static string ToChinese(this BureauMetric metric) => metric switch
    {
        BureauMetric.Received => "交办件",
        BureauMetric.SignForJudged => "应签收考核件",
        BureauMetric.SignForOnTime => "及时签收件",
        BureauMetric.AnswerJudged => "应办结考核件",
        BureauMetric.AnswerOnTime => "按时办结件",
        BureauMetric.AnswerLate => "超期件",
        BureauMetric.Returned => "回退件",
        BureauMetric.Extended => "延期件",
        BureauMetric.Answered => "答复件",
        BureauMetric.Reopened => "重办件",
        BureauMetric.Evaluated => "评价件",
        BureauMetric.Satisfied => "满意件",
        BureauMetric.Solved => "已解决件",
        _ => metric.ToString(),
    };
}
