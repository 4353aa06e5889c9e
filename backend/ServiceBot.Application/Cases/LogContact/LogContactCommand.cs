using ServiceBot.Application.Common.Messaging;
using ServiceBot.Application.Common.Security;
using ServiceBot.Domain.Common;
using ServiceBot.Domain.Users;

namespace ServiceBot.Application.Cases.LogContact;

/// <summary>Records contact with the enterprise (stops the urgent-contact clock).</summary>
[Authorize(Role.BureauStaff, Role.BureauHead)]
public sealed record LogContactCommand(string CaseNumber, string Note) : ICommand<Result>, ICaseRequest;
