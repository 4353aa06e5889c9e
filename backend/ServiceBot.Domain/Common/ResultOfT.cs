using System.Diagnostics.CodeAnalysis;

namespace ServiceBot.Domain.Common;

/// <summary>A <see cref="Result"/> that carries a value when it succeeds.</summary>
[SuppressMessage("Design", "CA1000:Do not declare static members on generic types", Justification = "Result<T>.Ok and Failure are the factory the pipeline behaviors build failures with.")]
public sealed class Result<T> : Result, IResultFactory<Result<T>>
{
    private readonly T? _value;

    private Result(T value)
        : base(null) => _value = value;

    private Result(Error error)
        : base(error) => _value = default;

    /// <summary>The value of a successful result.</summary>
    /// <exception cref="InvalidOperationException">The result is a failure.</exception>
    public T Value => IsSuccess ? _value! : throw new InvalidOperationException($"No value: {Error!.Code}");

    public static Result<T> Ok(T value) => new(value);

    public static new Result<T> Failure(Error error) => new(error ?? throw new ArgumentNullException(nameof(error)));

    public static implicit operator Result<T>(T value) => new(value);

    public static implicit operator Result<T>(Error error) => Failure(error);
}
