using ServiceBot.Application.Common.Messaging;
using ServiceBot.Application.Common.Security;
using ServiceBot.Application.Policies.Common;
using ServiceBot.Domain.Common;
using ServiceBot.Domain.Users;

namespace ServiceBot.Application.Policies.ListPolicyDocuments;

/// <summary>The documents of the knowledge base, active first, with their validity today.</summary>
[Authorize(Role.Admin, Role.Coordinator)]
public sealed record ListPolicyDocumentsQuery(bool IncludeWithdrawn = true) : IQuery<Result<IReadOnlyList<PolicyDocumentSummary>>>;
