namespace ServiceBot.Domain.Common;

/// <summary>The outcome of an operation that can fail in an expected way (ardalis-style); exceptions are for bugs.</summary>
public class Result : IResultFactory<Result>
{
    protected Result(Error? error) => Error = error;

    public static Result Success { get; } = new(null);

    public Error? Error { get; }

    public bool IsSuccess => Error is null;

    public static Result Failure(Error error) => new(error ?? throw new ArgumentNullException(nameof(error)));

    public static implicit operator Result(Error error) => Failure(error);
}
