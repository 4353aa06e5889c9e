namespace ServiceBot.Dialogs.Engine;

/// <summary>One step of a waterfall. Steps are methods (method groups, not lambdas): their names identify them in stored state.</summary>
internal delegate Task<DialogTurnResult> WaterfallStep<TState>(WaterfallStepContext<TState> step, CancellationToken cancellationToken)
    where TState : class, new();
