namespace ServiceBot.Application.Common.Persistence;

/// <summary>Thrown by <see cref="IApplicationDbContext.SaveChangesAsync"/> when another request changed the same data first.</summary>
public sealed class ConcurrencyConflictException : Exception
{
    public ConcurrencyConflictException()
    {
    }

    public ConcurrencyConflictException(string message)
        : base(message)
    {
    }

    public ConcurrencyConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
