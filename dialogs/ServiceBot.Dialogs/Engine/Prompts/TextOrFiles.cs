using ServiceBot.Dialogs.Turns;

namespace ServiceBot.Dialogs.Engine.Prompts;

/// <summary>An answer made of text, files, or both.</summary>
internal sealed record TextOrFiles(string Text, IReadOnlyList<TurnAttachment> Files);
