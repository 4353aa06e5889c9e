namespace ServiceBot.Language.Intents;

/// <summary>
/// The recognised intent with its probability, the evidence it rests on (rules that fired, words that weighed,
/// entities present — in Chinese, for logs and the console) and every intent ranked.
/// </summary>
public sealed record IntentResult(Intent Intent, double Confidence, IReadOnlyList<string> Evidence, IReadOnlyList<IntentScore> Ranking)
{
    /// <summary>Whether the runner-up is close enough that a dialog should ask rather than act.</summary>
    public bool IsAmbiguous => Ranking.Count > 1 && Ranking[0].Probability - Ranking[1].Probability < 0.2;
}
