using ServiceBot.Application.Common.Messaging;
using ServiceBot.Application.Common.Security;
using ServiceBot.Domain.Cases;
using ServiceBot.Domain.Common;
using ServiceBot.Domain.Users;

namespace ServiceBot.Application.Cases.CreateCase;

/// <summary>
/// 受理: a new case. An enterprise user reports for their own enterprise; the coordinator office (intake by phone
/// or visit) names the enterprise by its credit code, and an enterprise seen for the first time is registered.
/// </summary>
[Authorize(Role.EnterpriseUser, Role.Coordinator)]
public sealed record CreateCaseCommand(
    CaseType Type,
    string? Category,
    string Description,
    CaseUrgency Urgency,
    string? UrgencyReason,
    CaseComplexity Complexity,
    string ContactName,
    string ContactMobile,
    string? Channel = null,
    string? ConversationId = null,
    string? EnterpriseName = null,
    string? EnterpriseCreditCode = null,
    string? EnterpriseTown = null,
    string? EnterpriseIndustry = null) : ICommand<Result<CreatedCase>>;

public sealed record CreatedCase(string Number, Guid Id);
