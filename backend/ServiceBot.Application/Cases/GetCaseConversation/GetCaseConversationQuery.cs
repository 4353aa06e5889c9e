using ServiceBot.Application.Common.Messaging;
using ServiceBot.Application.Common.Security;
using ServiceBot.Domain.Common;
using ServiceBot.Domain.Users;

namespace ServiceBot.Application.Cases.GetCaseConversation;

/// <summary>The chat excerpt that produced a case: the conversation's messages up to shortly after the case was submitted.</summary>
[Authorize(Role.BureauStaff, Role.BureauHead, Role.Coordinator, Role.CountyLeader)]
public sealed record GetCaseConversationQuery(string CaseNumber) : IQuery<Result<CaseConversation>>, ICaseRequest;
