namespace ServiceBot.Infrastructure.Persistence;

/// <summary>The last case number handed out in a year.</summary>
internal sealed class CaseNumberCounter
{
    public int Year { get; set; }

    public int LastValue { get; set; }
}
