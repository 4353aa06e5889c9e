namespace ServiceBot.Domain.Policies;

public enum PolicyDocumentStatus
{
    /// <summary>Searchable; the bot answers from its current version.</summary>
    Active,

    /// <summary>Taken out of use by an administrator (废止 or published in error): kept for the record, never answered from.</summary>
    Withdrawn,
}
