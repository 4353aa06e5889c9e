using ServiceBot.Application.Common.Messaging;
using ServiceBot.Application.Common.Security;
using ServiceBot.Domain.Common;
using ServiceBot.Domain.Sla;
using ServiceBot.Domain.Users;

namespace ServiceBot.Application.Deadlines.GetDeadlineSettings;

/// <summary>The deadline rules in force (sections <c>Sla</c> and <c>Escalation</c>), for the console's settings page.</summary>
[Authorize(Role.Coordinator, Role.CountyLeader, Role.Admin)]
public sealed record GetDeadlineSettingsQuery : IQuery<Result<SlaPolicy>>;
