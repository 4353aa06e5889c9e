using ServiceBot.Application.Common.Messaging;
using ServiceBot.Application.Common.Security;
using ServiceBot.Domain.Common;
using ServiceBot.Domain.Users;

namespace ServiceBot.Application.Cockpit.GetCockpitOverview;

/// <summary>The cockpit's live view: open cases by state, bureau, category and town, and how many are red, yellow and blue.</summary>
[Authorize(Role.CountyLeader, Role.Coordinator)]
public sealed record GetCockpitOverviewQuery : IQuery<Result<CockpitOverview>>;
