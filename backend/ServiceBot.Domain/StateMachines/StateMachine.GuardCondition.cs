namespace ServiceBot.Domain.StateMachines;

public sealed partial class StateMachine<TState, TTrigger>
{
    /// <summary>
    /// One condition of a guarded transition. A condition that reads the trigger's arguments can only be
    /// judged when the arguments are known, so <see cref="PermittedTriggers"/> treats it as satisfiable.
    /// </summary>
    internal sealed class GuardCondition(Func<IReadOnlyList<object?>, bool> predicate, string description, bool readsArguments)
    {
        public string Description { get; } = description;

        public bool ReadsArguments { get; } = readsArguments;

        public bool IsMet(IReadOnlyList<object?>? args) => args is null && ReadsArguments || predicate(args ?? []);

        public static GuardCondition FromState(Func<bool> guard, string? description) =>
            new(_ => guard(), description ?? "guard", readsArguments: false);

        public static GuardCondition FromArguments<TArg0>(Func<TArg0, bool> guard, string? description) =>
            new(args => guard(Argument<TArg0>(args, 0)), description ?? "guard", readsArguments: true);

        public static GuardCondition FromArguments<TArg0, TArg1>(Func<TArg0, TArg1, bool> guard, string? description) =>
            new(args => guard(Argument<TArg0>(args, 0), Argument<TArg1>(args, 1)), description ?? "guard", readsArguments: true);
    }

    internal static TArg Argument<TArg>(IReadOnlyList<object?> args, int index) =>
        index < args.Count ? (TArg)args[index]! : throw new ArgumentException($"Argument {index} is missing.", nameof(args));
}
