using ServiceBot.Application.Common.Messaging;
using ServiceBot.Application.Common.Security;
using ServiceBot.Domain.Common;
using ServiceBot.Domain.Users;

namespace ServiceBot.Application.Cases.AnswerCase;

/// <summary>答复: sends the answer, or submits it for the head's approval.</summary>
[Authorize(Role.BureauStaff, Role.BureauHead)]
public sealed record AnswerCaseCommand(string CaseNumber, string Answer) : ICommand<Result>, ICaseRequest;
