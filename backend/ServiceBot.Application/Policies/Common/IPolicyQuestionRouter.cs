namespace ServiceBot.Application.Policies.Common;

/// <summary>
/// Which bureau owns a policy question that no article answers well enough to name one. The answer service asks
/// only through this port, so the triage service can take it over; until then
/// <see cref="ResponsibleUnitQuestionRouter"/> votes among the responsible units of the articles nearest the question.
/// </summary>
public interface IPolicyQuestionRouter
{
    /// <summary>A bureau code and why, or null when nobody can tell (the coordinator's office then dispatches).</summary>
    Task<BureauSuggestion?> SuggestAsync(string question, CancellationToken cancellationToken);
}
