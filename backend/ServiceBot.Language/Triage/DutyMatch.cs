namespace ServiceBot.Language.Triage;

/// <summary>How one description matches one bureau's duties, the everyday words for them, and its name.</summary>
internal sealed class DutyMatch(IReadOnlyList<DutyHit> hits, float dutyWeight, float longDutyWeight, float vocabularyWeight, string? nameWord, float nameWeight)
{
    public static DutyMatch None { get; } = new([], 0f, 0f, 0f, null, 0f);

    public IReadOnlyList<DutyHit> Hits { get; } = hits;

    /// <summary>Two- and three-character words of the duties' own text, each weighted by how few bureaus share it and by its length.</summary>
    public float DutyWeight { get; } = dutyWeight;

    /// <summary>
    /// The same for words of four or more characters (“防雷装置检测”, “一网通办”): a phrase that long matching a duty
    /// is strong evidence even for a bureau the labelled set has never seen.
    /// </summary>
    public float LongDutyWeight { get; } = longDutyWeight;

    /// <summary>The same for words of the duty vocabulary.</summary>
    public float VocabularyWeight { get; } = vocabularyWeight;

    /// <summary>The longest word of the bureau's name that the description mentions (“税务”, “供电”), if any.</summary>
    public string? NameWord { get; } = nameWord;

    public float NameWeight { get; } = nameWeight;

    public bool IsEmpty => Hits.Count == 0 && NameWord is null;
}
