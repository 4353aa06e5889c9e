using ServiceBot.Application.Cockpit.Common;

namespace ServiceBot.Application.Cockpit.GetTrends;

/// <summary>One month of the trend: cases dispatched and answered, 按时办结率 and 满意率 (null without a denominator).</summary>
public sealed record TrendPoint(ReportPeriod Month, int Received, int Answered, int AnswerJudged, double? OnTimeAnswerRate, int Evaluated, double? SatisfactionRate);
