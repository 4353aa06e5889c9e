using ServiceBot.Application.Common.Messaging;
using ServiceBot.Application.Common.Security;
using ServiceBot.Domain.Common;
using ServiceBot.Domain.Users;

namespace ServiceBot.Application.Cockpit.GetTrends;

/// <summary>The county's monthly figures for the <see cref="CockpitOptions.TrendMonths"/> months up to the month of <see cref="Period"/> (the current month when empty).</summary>
[Authorize(Role.CountyLeader, Role.Coordinator)]
public sealed record GetTrendsQuery(string? Period = null) : IQuery<Result<IReadOnlyList<TrendPoint>>>;
