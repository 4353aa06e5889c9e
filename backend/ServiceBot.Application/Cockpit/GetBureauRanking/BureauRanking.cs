using ServiceBot.Application.Cockpit.Common;

namespace ServiceBot.Application.Cockpit.GetBureauRanking;

/// <summary>
/// The period's figures: every responsible unit (ranked ones first, by score), the best and the worst
/// <see cref="CockpitOptions.RankingSize"/> (worst first), the county's totals and the weights the scores used.
/// </summary>
public sealed record BureauRanking(
    ReportPeriod Period,
    DateTimeOffset TakenAt,
    BureauCounts County,
    double? CountyScore,
    IReadOnlyList<BureauFigures> Bureaus,
    IReadOnlyList<BureauFigures> Top,
    IReadOnlyList<BureauFigures> Bottom,
    CockpitOptions Weights);
