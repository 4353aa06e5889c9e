namespace ServiceBot.Language.Intents;

/// <summary>One labelled utterance of <c>Data/intents/</c>.</summary>
internal sealed record IntentExample(string Text, Intent Intent);
