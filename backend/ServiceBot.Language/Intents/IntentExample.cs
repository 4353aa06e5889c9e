namespace ServiceBot.Language.Intents;

/// <summary>One labelled utterance of <c>Data/intents/</c>.</summary>
public sealed record IntentExample(string Text, Intent Intent);
