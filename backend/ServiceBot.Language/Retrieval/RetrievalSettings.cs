namespace ServiceBot.Language.Retrieval;

/// <summary>
/// The knobs of retrieval. The defaults are the values the evaluation set chose (see the README's policy section);
/// change them only with a new measurement.
/// </summary>
public sealed record RetrievalSettings
{
    public static RetrievalSettings Default { get; } = new();

    /// <summary>BM25 term-frequency saturation.</summary>
    public double K1 { get; init; } = 1.2;

    /// <summary>Length normalisation of the body field.</summary>
    public double BodyB { get; init; } = 0.75;

    /// <summary>Length normalisation of the headings field (the part's own title and the titles it sits under).</summary>
    public double HeadingB { get; init; } = 0.3;

    /// <summary>How much a term in the document's title counts relative to one in the body.</summary>
    public double TitleWeight { get; init; } = 0.5;

    /// <summary>How much a term in the headings counts relative to one in the body.</summary>
    public double HeadingWeight { get; init; } = 2.0;

    /// <summary>
    /// Index and query single characters as well as bigrams. Off: measured, unigrams add noise matches that make
    /// uncovered questions look answerable (no-answer precision 0.44 with, 0.55 without, top-3 equal within one
    /// question). A lone character between stop phrases is still a term.
    /// </summary>
    public bool Unigrams { get; init; }

    /// <summary>Query weight of a single character.</summary>
    public double UnigramWeight { get; init; } = 0.2;

    /// <summary>Query weight of a term that came from the synonym table rather than the question.</summary>
    public double SynonymWeight { get; init; } = 0.6;

    /// <summary>
    /// Ranking is BM25F × coverage^this: 0 ranks by BM25F alone; higher values prefer the entry that answers more
    /// of the question over the one that repeats a few of its words.
    /// </summary>
    public double CoverageExponent { get; init; } = 1.0;

    /// <summary>
    /// Characters that carry no topic in a question (想, 但, 被, 太 …): they weigh nothing in coverage. They stay
    /// in the terms, because removing them from the text would break words (太阳能, 还款).
    /// </summary>
    public string FunctionCharacters { get; init; } = "想但被把给让都也就又再很太还这那些个么啥着过得吗呢啊呀吧嘛哦了的是在有和与及或对向从";
}
