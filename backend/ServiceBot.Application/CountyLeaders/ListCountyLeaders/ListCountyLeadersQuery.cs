using ServiceBot.Application.Common.Messaging;
using ServiceBot.Application.Common.Security;
using ServiceBot.Domain.Common;
using ServiceBot.Domain.Users;

namespace ServiceBot.Application.CountyLeaders.ListCountyLeaders;

/// <summary>The county leaders (县领导), for choosing one: whom a key enterprise is assigned to, who is in charge of a bureau.</summary>
[Authorize(Role.Coordinator, Role.CountyLeader, Role.Admin)]
public sealed record ListCountyLeadersQuery : IQuery<Result<IReadOnlyList<CountyLeaderView>>>;
