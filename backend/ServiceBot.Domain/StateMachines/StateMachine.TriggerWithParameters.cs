namespace ServiceBot.Domain.StateMachines;

public sealed partial class StateMachine<TState, TTrigger>
{
    /// <summary>A trigger that carries typed arguments, obtained from <see cref="SetTriggerParameters{TArg0}"/>.</summary>
    public abstract class TriggerWithParameters
    {
        private protected TriggerWithParameters(TTrigger trigger, params Type[] argumentTypes)
        {
            Trigger = trigger;
            ArgumentTypes = argumentTypes;
        }

        public TTrigger Trigger { get; }

        public IReadOnlyList<Type> ArgumentTypes { get; }

        internal void ValidateArguments(IReadOnlyList<object?> args)
        {
            if (args.Count != ArgumentTypes.Count)
            {
                throw new ArgumentException(
                    $"Trigger '{Trigger}' takes {ArgumentTypes.Count} argument(s) but {args.Count} were given.", nameof(args));
            }

            for (var i = 0; i < args.Count; i++)
            {
                if (args[i] is { } arg && !ArgumentTypes[i].IsInstanceOfType(arg))
                {
                    throw new ArgumentException(
                        $"Argument {i} of trigger '{Trigger}' must be {ArgumentTypes[i].Name}, not {arg.GetType().Name}.", nameof(args));
                }
            }
        }
    }

    /// <summary>A trigger with one typed argument.</summary>
    public sealed class TriggerWithParameters<TArg0>(TTrigger trigger) : TriggerWithParameters(trigger, typeof(TArg0));

    /// <summary>A trigger with two typed arguments.</summary>
    public sealed class TriggerWithParameters<TArg0, TArg1>(TTrigger trigger) : TriggerWithParameters(trigger, typeof(TArg0), typeof(TArg1));
}
