using ServiceBot.Application.Common.Messaging;
using ServiceBot.Application.Common.Security;
using ServiceBot.Domain.Common;
using ServiceBot.Domain.Users;

namespace ServiceBot.Application.Cases.RejectAnswer;

/// <summary>The bureau head sends the answer back.</summary>
[Authorize(Role.BureauHead)]
public sealed record RejectAnswerCommand(string CaseNumber, string Reason) : ICommand<Result>, ICaseRequest;
