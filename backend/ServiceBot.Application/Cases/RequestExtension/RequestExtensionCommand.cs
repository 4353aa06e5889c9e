using ServiceBot.Application.Common.Messaging;
using ServiceBot.Application.Common.Security;
using ServiceBot.Domain.Common;
using ServiceBot.Domain.Users;

namespace ServiceBot.Application.Cases.RequestExtension;

/// <summary>延期 request by the lead bureau.</summary>
[Authorize(Role.BureauStaff, Role.BureauHead)]
public sealed record RequestExtensionCommand(string CaseNumber, DateOnly DueDate, string Reason) : ICommand<Result>, ICaseRequest;
