namespace ServiceBot.Benchmarks.Policies.Corpus;

/// <summary>An article as every engine indexes it; <see cref="DocumentKey"/> and <see cref="Citation"/> are what the evaluation set expects.</summary>
internal sealed record BenchArticle(Guid Id, Guid DocumentId, string DocumentKey, string Citation, int Ordinal, string Title, string Headings, string Body);
