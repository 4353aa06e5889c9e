using ServiceBot.Application.Common.Messaging;
using ServiceBot.Application.Common.Security;
using ServiceBot.Domain.Common;
using ServiceBot.Domain.Users;

namespace ServiceBot.Application.Cases.AddAttachment;

/// <summary>Attaches a file to an open case. The content is read once, stored behind the storage port, then recorded.</summary>
[Authorize(Role.EnterpriseUser, Role.BureauStaff, Role.BureauHead, Role.Coordinator)]
public sealed record AddAttachmentCommand(string CaseNumber, string FileName, string ContentType, long Size, Stream Content)
    : ICommand<Result<Guid>>, ICaseRequest;
