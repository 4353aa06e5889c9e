using ServiceBot.Domain.Cases;

namespace ServiceBot.Application.Cases.Common;

/// <summary>
/// The cases still being worked on (not closed, withdrawn or merged), as a list of states the database can look up
/// in its state index: "not in the finished states" would read every case ever submitted.
/// </summary>
public static class OpenCases
{
    public static IQueryable<Case> WhereOpen(this IQueryable<Case> cases) => cases.Where(c =>
        c.State == CaseState.Submitted || c.State == CaseState.Dispatched || c.State == CaseState.Handling || c.State == CaseState.AwaitingInformation
        || c.State == CaseState.ExtensionRequested || c.State == CaseState.AnswerPendingApproval || c.State == CaseState.ReturnRequested
        || c.State == CaseState.Answered);
}
