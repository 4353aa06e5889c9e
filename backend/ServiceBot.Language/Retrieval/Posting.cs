namespace ServiceBot.Language.Retrieval;

/// <summary>How often a term occurs in each field of one entry (by its slot in the index).</summary>
internal readonly record struct Posting(int Slot, ushort Title, ushort Headings, ushort Body);
