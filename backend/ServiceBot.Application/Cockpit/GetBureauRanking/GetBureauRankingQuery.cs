using ServiceBot.Application.Common.Messaging;
using ServiceBot.Application.Common.Security;
using ServiceBot.Domain.Common;
using ServiceBot.Domain.Users;

namespace ServiceBot.Application.Cockpit.GetBureauRanking;

/// <summary>
/// The bureaus' figures for a period (<c>2026-11</c>, <c>2026-Q4</c>, <c>2026</c>; the current month when empty),
/// their weighted scores and the ranking (赛马), with the county's totals.
/// </summary>
[Authorize(Role.CountyLeader, Role.Coordinator)]
public sealed record GetBureauRankingQuery(string? Period = null) : IQuery<Result<BureauRanking>>;
