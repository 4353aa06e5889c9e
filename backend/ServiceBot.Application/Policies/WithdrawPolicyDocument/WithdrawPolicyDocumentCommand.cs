using ServiceBot.Application.Common.Messaging;
using ServiceBot.Application.Common.Security;
using ServiceBot.Application.Policies.Common;
using ServiceBot.Domain.Common;
using ServiceBot.Domain.Users;

namespace ServiceBot.Application.Policies.WithdrawPolicyDocument;

/// <summary>Takes a document out of answers (废止, or published in error); it stays on record with all its versions.</summary>
[Authorize(Role.Admin, Role.Coordinator)]
public sealed record WithdrawPolicyDocumentCommand(Guid DocumentId, string? Reason = null) : ICommand<Result<PolicyDocumentSummary>>;
