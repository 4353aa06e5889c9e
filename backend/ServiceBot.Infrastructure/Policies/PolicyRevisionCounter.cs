namespace ServiceBot.Infrastructure.Policies;

/// <summary>The last revision handed out to a policy document change (one row).</summary>
internal sealed class PolicyRevisionCounter
{
    public int Id { get; set; }

    public long LastValue { get; set; }
}
