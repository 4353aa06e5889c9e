using ServiceBot.Application.Common.Messaging;
using ServiceBot.Application.Common.Security;
using ServiceBot.Domain.Common;
using ServiceBot.Domain.Users;

namespace ServiceBot.Application.Cases.ListReplyTemplates;

/// <summary>The answer templates, filled in for one case.</summary>
[Authorize(Role.BureauStaff, Role.BureauHead)]
public sealed record ListReplyTemplatesQuery(string CaseNumber) : IQuery<Result<IReadOnlyList<ReplyTemplate>>>, ICaseRequest;
