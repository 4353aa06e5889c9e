using ServiceBot.Application.Common.Messaging;
using ServiceBot.Application.Common.Security;
using ServiceBot.Domain.Common;
using ServiceBot.Domain.Users;

namespace ServiceBot.Application.Cases.SupplyInformation;

/// <summary>The enterprise supplies what was asked; the clock resumes.</summary>
[Authorize(Role.EnterpriseUser)]
public sealed record SupplyInformationCommand(string CaseNumber, string Information) : ICommand<Result>, ICaseRequest;
