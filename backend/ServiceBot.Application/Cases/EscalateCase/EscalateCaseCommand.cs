using ServiceBot.Application.Common.Messaging;
using ServiceBot.Application.Common.Security;
using ServiceBot.Domain.Common;
using ServiceBot.Domain.Users;

namespace ServiceBot.Application.Cases.EscalateCase;

/// <summary>提级 to the county leader in charge of the lead bureau.</summary>
[Authorize(Role.Coordinator, Role.System)]
public sealed record EscalateCaseCommand(string CaseNumber, string Reason, string? LeaderCode) : ICommand<Result>, ICaseRequest;
