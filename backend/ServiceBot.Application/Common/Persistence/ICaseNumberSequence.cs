namespace ServiceBot.Application.Common.Persistence;

/// <summary>Hands out case numbers per year without gaps under concurrency (inside the caller's transaction).</summary>
public interface ICaseNumberSequence
{
    Task<int> NextAsync(int year, CancellationToken cancellationToken);
}
