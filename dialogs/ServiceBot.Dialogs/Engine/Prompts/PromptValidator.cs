namespace ServiceBot.Dialogs.Engine.Prompts;

/// <summary>A flow's own check of a recognised answer: null when it is fine, else what is wrong with it, in Chinese.</summary>
internal delegate Task<string?> PromptValidator<in T>(T value, DialogContext dc, CancellationToken cancellationToken);
