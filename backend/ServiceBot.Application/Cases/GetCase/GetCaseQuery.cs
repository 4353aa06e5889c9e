using ServiceBot.Application.Cases.Common;
using ServiceBot.Application.Common.Messaging;
using ServiceBot.Application.Common.Security;
using ServiceBot.Domain.Common;

namespace ServiceBot.Application.Cases.GetCase;

/// <summary>One case with its timeline, clocks and the actions the caller may take now.</summary>
[Authorize]
public sealed record GetCaseQuery(string CaseNumber) : IQuery<Result<CaseDetail>>, ICaseRequest;
