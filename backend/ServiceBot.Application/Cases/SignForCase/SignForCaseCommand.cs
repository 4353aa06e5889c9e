using ServiceBot.Application.Common.Messaging;
using ServiceBot.Application.Common.Security;
using ServiceBot.Domain.Common;
using ServiceBot.Domain.Users;

namespace ServiceBot.Application.Cases.SignForCase;

/// <summary>签收 by the lead bureau.</summary>
[Authorize(Role.BureauStaff, Role.BureauHead)]
public sealed record SignForCaseCommand(string CaseNumber) : ICommand<Result>, ICaseRequest;
