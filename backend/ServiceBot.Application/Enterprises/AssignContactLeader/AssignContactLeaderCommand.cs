using ServiceBot.Application.Common.Messaging;
using ServiceBot.Application.Common.Security;
using ServiceBot.Domain.Common;
using ServiceBot.Domain.Users;

namespace ServiceBot.Application.Enterprises.AssignContactLeader;

/// <summary>
/// 县领导联系重点企业: the coordinator's office names the county leader who keeps in touch with an enterprise (by its
/// 统一社会信用代码), or takes it off the list with no leader.
/// </summary>
[Authorize(Role.Coordinator)]
public sealed record AssignContactLeaderCommand(string CreditCode, string? LeaderCode) : ICommand<Result<string>>;
