namespace ServiceBot.Application.Common.Persistence;

/// <summary>Runs work in one database transaction, committed only when the outcome says so.</summary>
public interface IUnitOfWork
{
    /// <remarks>
    /// Nested calls join the outer transaction. When the work throws or <paramref name="commit"/> returns false,
    /// everything written inside is rolled back, so a failed request leaves nothing half-written.
    /// </remarks>
    Task<T> ExecuteAsync<T>(Func<CancellationToken, Task<T>> work, Func<T, bool> commit, CancellationToken cancellationToken);
}
