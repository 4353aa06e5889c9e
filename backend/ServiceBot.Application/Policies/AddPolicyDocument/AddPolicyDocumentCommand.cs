using ServiceBot.Application.Common.Messaging;
using ServiceBot.Application.Common.Security;
using ServiceBot.Application.Policies.Common;
using ServiceBot.Domain.Common;
using ServiceBot.Domain.Users;

namespace ServiceBot.Application.Policies.AddPolicyDocument;

/// <summary>Adds a policy document from an uploaded file (.txt, .md, .html, .docx); searchable at once.</summary>
[Authorize(Role.Admin, Role.Coordinator)]
public sealed record AddPolicyDocumentCommand(string FileName, byte[] Content, PolicyMetadataInput? Metadata = null) : ICommand<Result<PolicyDocumentSummary>>;
