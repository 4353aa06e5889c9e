using ServiceBot.Application.Common.Messaging;
using ServiceBot.Application.Common.Security;
using ServiceBot.Domain.Common;
using ServiceBot.Domain.Users;

namespace ServiceBot.Application.Cases.RequestReturn;

/// <summary>退单 request by the lead bureau.</summary>
[Authorize(Role.BureauStaff, Role.BureauHead)]
public sealed record RequestReturnCommand(string CaseNumber, string Reason) : ICommand<Result>, ICaseRequest;
