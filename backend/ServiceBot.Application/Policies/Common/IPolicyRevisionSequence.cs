namespace ServiceBot.Application.Policies.Common;

/// <summary>
/// Hands out increasing revision numbers for policy document changes, inside the caller's transaction. A later
/// number is never visible before an earlier one is committed (the counter row stays locked until commit), so an
/// instance that has loaded every change up to revision N never misses one below N.
/// </summary>
public interface IPolicyRevisionSequence
{
    Task<long> NextAsync(CancellationToken cancellationToken);
}
