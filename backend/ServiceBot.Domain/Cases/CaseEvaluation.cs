namespace ServiceBot.Domain.Cases;

/// <summary>The enterprise's rating of one answer. A case that was reopened keeps every earlier evaluation.</summary>
public sealed class CaseEvaluation
{
    private CaseEvaluation()
    {
    }

    public CaseEvaluation(EvaluationRating rating, bool solved, string? comment, DateTimeOffset at)
    {
        Id = Guid.NewGuid();
        Rating = rating;
        Solved = solved;
        Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        At = at;
    }

    public Guid Id { get; private set; }

    public EvaluationRating Rating { get; private set; }

    public bool Solved { get; private set; }

    public string? Comment { get; private set; }

    public DateTimeOffset At { get; private set; }

    /// <summary>The lead bureau whose answer was evaluated (the case cannot change bureau while it waits for the evaluation).</summary>
    public string? BureauCode { get; private set; }

    internal CaseEvaluation Of(string? bureauCode)
    {
        BureauCode = bureauCode;
        return this;
    }
}
