using ServiceBot.Application.Common.Messaging;
using ServiceBot.Application.Common.Security;
using ServiceBot.Domain.Common;
using ServiceBot.Domain.Users;

namespace ServiceBot.Application.Cases.RejectExtension;

/// <summary>Refuses an extension.</summary>
[Authorize(Role.Coordinator)]
public sealed record RejectExtensionCommand(string CaseNumber, string Reason) : ICommand<Result>, ICaseRequest;
