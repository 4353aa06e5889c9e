using ServiceBot.Application.Cases.Common;
using ServiceBot.Application.Cockpit.Common;

namespace ServiceBot.Application.Cockpit.GetBureauRanking;

/// <summary>One bureau's counts, score and place (null when it had nothing to judge in the period).</summary>
public sealed record BureauFigures(BureauRef Bureau, BureauCounts Counts, double? Score, int? Rank);
