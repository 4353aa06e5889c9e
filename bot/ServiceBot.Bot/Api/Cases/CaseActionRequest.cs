using ServiceBot.Domain.Cases;

namespace ServiceBot.Bot.Api.Cases;

/// <summary>
/// The body of <c>POST /api/cases/{number}/actions/{action}</c>. Each action reads the fields it needs:
/// <c>text</c> for content (answer, question, information, input, contact note, stage reply, instruction),
/// <c>reason</c> for reasons, <c>leadBureau</c>/<c>coHandlers</c> for routing, <c>dueDate</c> for deadlines.
/// </summary>
public sealed record CaseActionRequest(
    string? Text = null,
    string? Reason = null,
    string? LeadBureau = null,
    IReadOnlyList<string>? CoHandlers = null,
    bool RequiresAnswerApproval = false,
    DateOnly? DueDate = null,
    EvaluationRating? Rating = null,
    bool? Solved = null,
    string? Comment = null,
    string? LeaderCode = null,
    string? IntoCaseNumber = null);
