using ServiceBot.Application.Common.Messaging;
using ServiceBot.Application.Common.Security;
using ServiceBot.Domain.Cases;
using ServiceBot.Domain.Common;
using ServiceBot.Domain.Users;

namespace ServiceBot.Application.Cases.EvaluateCase;

/// <summary>评价: satisfied closes the case, unsatisfied reopens it.</summary>
[Authorize(Role.EnterpriseUser)]
public sealed record EvaluateCaseCommand(string CaseNumber, EvaluationRating Rating, bool Solved, string? Comment) : ICommand<Result>, ICaseRequest;
