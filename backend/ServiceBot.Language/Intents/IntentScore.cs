namespace ServiceBot.Language.Intents;

public sealed record IntentScore(Intent Intent, double Probability);
