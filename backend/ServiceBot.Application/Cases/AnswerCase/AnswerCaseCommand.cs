using ServiceBot.Application.Cases.Common;
using ServiceBot.Application.Common.Messaging;
using ServiceBot.Application.Common.Security;
using ServiceBot.Domain.Common;
using ServiceBot.Domain.Users;

namespace ServiceBot.Application.Cases.AnswerCase;

/// <summary>
/// 答复: sends the answer, or submits it for the head's approval, with the documents that go with it: the files are
/// attached in the same save as the answer, so a refused answer leaves no files on the case.
/// </summary>
[Authorize(Role.BureauStaff, Role.BureauHead)]
public sealed record AnswerCaseCommand(string CaseNumber, string Answer, IReadOnlyList<NewAttachment>? Files = null) : ICommand<Result>, ICaseRequest;
