using ServiceBot.Application.Common.Messaging;
using ServiceBot.Application.Common.Security;
using ServiceBot.Domain.Common;
using ServiceBot.Domain.Users;

namespace ServiceBot.Application.Cases.RequestInformation;

/// <summary>Asks the enterprise for information; the answer clock pauses.</summary>
[Authorize(Role.BureauStaff, Role.BureauHead)]
public sealed record RequestInformationCommand(string CaseNumber, string Question) : ICommand<Result>, ICaseRequest;
