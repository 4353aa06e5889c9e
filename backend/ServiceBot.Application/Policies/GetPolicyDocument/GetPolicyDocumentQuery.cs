using ServiceBot.Application.Common.Messaging;
using ServiceBot.Application.Common.Security;
using ServiceBot.Domain.Common;
using ServiceBot.Domain.Users;

namespace ServiceBot.Application.Policies.GetPolicyDocument;

/// <summary>One document: its versions, and the articles of one version (the current one unless asked).</summary>
[Authorize(Role.Admin, Role.Coordinator)]
public sealed record GetPolicyDocumentQuery(Guid DocumentId, int? Version = null) : IQuery<Result<PolicyDocumentDetail>>;
