using ServiceBot.Application.Common.Messaging;
using ServiceBot.Application.Common.Security;
using ServiceBot.Domain.Common;
using ServiceBot.Domain.Users;

namespace ServiceBot.Application.Cases.PostStageReply;

/// <summary>阶段性答复 to the enterprise.</summary>
[Authorize(Role.BureauStaff, Role.BureauHead)]
public sealed record PostStageReplyCommand(string CaseNumber, string Text) : ICommand<Result>, ICaseRequest;
