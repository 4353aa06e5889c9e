using ServiceBot.Application.Common.Messaging;
using ServiceBot.Application.Common.Security;
using ServiceBot.Domain.Common;
using ServiceBot.Domain.Users;

namespace ServiceBot.Application.Cases.RejectReturn;

/// <summary>Keeps the case with the bureau that asked to return it.</summary>
[Authorize(Role.Coordinator)]
public sealed record RejectReturnCommand(string CaseNumber, string Reason) : ICommand<Result>, ICaseRequest;
