using ServiceBot.Application.Common.Messaging;
using ServiceBot.Application.Common.Security;
using ServiceBot.Domain.Common;
using ServiceBot.Domain.Users;

namespace ServiceBot.Application.Cases.ApproveExtension;

/// <summary>Approves an extension, optionally to another date.</summary>
[Authorize(Role.Coordinator)]
public sealed record ApproveExtensionCommand(string CaseNumber, DateOnly? DueDate) : ICommand<Result>, ICaseRequest;
