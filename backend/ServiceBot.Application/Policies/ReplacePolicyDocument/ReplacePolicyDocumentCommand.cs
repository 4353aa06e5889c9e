using ServiceBot.Application.Common.Messaging;
using ServiceBot.Application.Common.Security;
using ServiceBot.Application.Policies.Common;
using ServiceBot.Domain.Common;
using ServiceBot.Domain.Users;

namespace ServiceBot.Application.Policies.ReplacePolicyDocument;

/// <summary>Replaces a document's text with a new file: a new version becomes current, earlier versions are kept.</summary>
[Authorize(Role.Admin, Role.Coordinator)]
public sealed record ReplacePolicyDocumentCommand(Guid DocumentId, string FileName, byte[] Content, PolicyMetadataInput? Metadata = null) : ICommand<Result<PolicyDocumentSummary>>;
