using FsCheck;
using FsCheck.Fluent;
using ServiceBot.Language.Retrieval;

namespace ServiceBot.Language.Tests.Retrieval;

public sealed class Bm25IndexTests
{
    private static readonly QueryAnalyzer Analyzer = new(SynonymTable.Empty, StopPhrases.Default, RetrievalSettings.Default);
    private static readonly Guid DocA = Guid.Parse("00000000-0000-0000-0000-00000000000a");
    private static readonly Guid DocB = Guid.Parse("00000000-0000-0000-0000-00000000000b");

    [Fact]
    public void Search_RanksTheEntryThatSharesTheQuestionsWords_First()
    {
        var index = Bm25Index.Build(
            [
                Entry(1, DocA, "工业用地", "对年税收500万元以上的企业优先供地。"),
                Entry(2, DocA, "融资畅通", "优化贷款结构，扩大融资担保。"),
                Entry(3, DocB, "人才引进", "实施英才计划。"),
            ],
            RetrievalSettings.Default);

        var hits = index.Search(Analyzer.Analyze("年税收500万以上的企业能优先供地吗"), 3);

        Assert.Equal(Id(1), hits[0].Id);
        Assert.Equal(DocA, hits[0].GroupId);
        Assert.True(hits[0].Relevance > (hits.Count > 1 ? hits[1].Relevance : 0));
    }

    [Fact]
    public void Search_CountsAWordInTheHeadings_MoreThanTheSameWordInTheBody()
    {
        var index = Bm25Index.Build(
            [Entry(1, DocA, "融资畅通", "优化结构。"), Entry(2, DocA, "优化结构", "扩大融资。")],
            RetrievalSettings.Default);

        var hits = index.Search(Analyzer.Analyze("融资"), 2);

        Assert.Equal([Id(1), Id(2)], hits.Select(h => h.Id));
    }

    [Fact]
    public void Search_MeasuresCoverageOverCharacters_IgnoringFunctionCharacters()
    {
        var index = Bm25Index.Build([Entry(1, DocA, "用地", "优先供地。"), Entry(2, DocA, "其他", "扩大融资。")], RetrievalSettings.Default);

        var full = index.Search(Analyzer.Analyze("优先供地"), 1)[0];
        var half = index.Search(Analyzer.Analyze("优先融资"), 2).Single(h => h.Id == Id(1));
        var withFunctionWord = index.Search(Analyzer.Analyze("想优先供地"), 1)[0];

        Assert.Equal(1.0, full.Coverage, 6);
        Assert.Equal(0.5, half.Coverage, 6);
        Assert.Equal(1.0, withFunctionWord.Coverage, 6);
    }

    [Fact]
    public void Search_CountsASynonymTowardsCoverage()
    {
        var analyzer = new QueryAnalyzer(SynonymTable.Parse(["厂房 用房"]), StopPhrases.Empty, RetrievalSettings.Default);
        var index = Bm25Index.Build([Entry(1, DocA, "用地", "新建自用生产性用房。")], RetrievalSettings.Default);

        var hit = index.Search(analyzer.Analyze("新建厂房"), 1)[0];

        Assert.Equal(1.0, hit.Coverage, 6);
    }

    [Fact]
    public void Search_MultipliesTheRelevanceOfBoostedGroups()
    {
        var index = Bm25Index.Build([Entry(1, DocA, "用地", "优先供地。"), Entry(2, DocB, "用地", "优先供地。")], RetrievalSettings.Default);
        var query = Analyzer.Analyze("优先供地");

        var plain = index.Search(query, 2);
        var boosted = index.Search(query, 2, new Dictionary<Guid, double> { [DocB] = 2.0 });

        Assert.Equal(Id(1), plain[0].Id);
        Assert.Equal(Id(2), boosted[0].Id);
        Assert.Equal(plain[0].Relevance * 2, boosted[0].Relevance, 9);
    }

    [Fact]
    public void Search_OrdersEqualRelevanceBySortKey_WhateverTheLoadOrder()
    {
        var first = new IndexEntry(Id(9), DocB, "a", "标题", "用地", "优先供地。");
        var second = new IndexEntry(Id(1), DocA, "b", "标题", "用地", "优先供地。");
        var query = Analyzer.Analyze("供地");

        var oneWay = Bm25Index.Build([first, second], RetrievalSettings.Default).Search(query, 2);
        var otherWay = Bm25Index.Build([second, first], RetrievalSettings.Default).Search(query, 2);

        Assert.Equal([Id(9), Id(1)], oneWay.Select(h => h.Id));
        Assert.Equal(oneWay, otherWay);
    }

    [Fact]
    public void Apply_ReplacesAndRemovesWholeGroups()
    {
        var index = Bm25Index.Build([Entry(1, DocA, "用地", "优先供地。"), Entry(2, DocB, "融资", "扩大融资。")], RetrievalSettings.Default);

        var replaced = index.Apply([], [Entry(3, DocA, "用地", "不再增收土地价款。")]);
        var withdrawn = replaced.Apply([DocB], []);

        Assert.DoesNotContain(replaced.Search(Analyzer.Analyze("优先供地"), 5), h => h.Id == Id(1));
        Assert.Equal(Id(3), replaced.Search(Analyzer.Analyze("土地价款"), 1)[0].Id);
        Assert.Equal(2, replaced.Count);
        Assert.Empty(withdrawn.Search(Analyzer.Analyze("扩大融资"), 5));
        Assert.Equal(1, withdrawn.Count);
        Assert.Equal(2, index.Count);
    }

    [Fact]
    public void Apply_RanksExactlyAsAFreshBuild_AfterAnySequenceOfChanges()
    {
        var words = new[] { "用地", "供地", "融资", "贷款", "人才", "上市", "奖励", "税收", "能耗", "排污", "数字化", "品牌" };
        var text = Between(Gen.Elements(words), 1, 6).Select(w => string.Concat(w) + "。");
        var change = from doc in Gen.Choose(0, 5)
                     from withdraw in Gen.Elements(false, false, true)
                     from bodies in Between(text, 1, 4)
                     select (doc, withdraw, bodies);
        var queries = new[] { "用地供地", "融资贷款", "人才奖励", "税收能耗排污", "数字化品牌" };

        Prop.ForAll(Between(change, 1, 12).ToArbitrary(), changes =>
        {
            var incremental = Bm25Index.Empty(RetrievalSettings.Default);
            var current = new Dictionary<Guid, IndexEntry[]>();
            var next = 0;
            foreach (var (doc, withdraw, bodies) in changes)
            {
                var group = Guid.Parse($"00000000-0000-0000-0000-{doc:D12}");
                if (withdraw)
                {
                    incremental = incremental.Apply([group], []);
                    current.Remove(group);
                    continue;
                }

                var entries = bodies.Select(b => new IndexEntry(Id(++next), group, $"{doc}-{next}", $"文件{doc}", "条款", b)).ToArray();
                incremental = incremental.Apply([], entries);
                current[group] = entries;
            }

            var fresh = Bm25Index.Build(current.Values.SelectMany(e => e).OrderBy(e => e.Id), RetrievalSettings.Default);
            return queries.All(q => Same(incremental.Search(Analyzer.Analyze(q), 5), fresh.Search(Analyzer.Analyze(q), 5)))
                && incremental.Count == fresh.Count;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Apply_StaysCorrect_WhenRemovalsTriggerACompaction()
    {
        var index = Bm25Index.Build(Enumerable.Range(1, 200).Select(i => Entry(i, Guid.NewGuid(), "融资", "扩大融资担保。")), RetrievalSettings.Default);
        var keep = Entry(1000, DocA, "用地", "优先供地。");
        index = index.Apply([], [keep]);

        var compacted = index.Apply(index.Groups.Where(g => g != DocA).ToList(), []);

        Assert.Equal(1, compacted.Count);
        Assert.Equal(keep.Id, compacted.Search(Analyzer.Analyze("优先供地"), 1)[0].Id);
        Assert.Empty(compacted.Search(Analyzer.Analyze("融资担保"), 1));
    }

    private static Gen<T[]> Between<T>(Gen<T> gen, int min, int max) => Gen.Choose(min, max).SelectMany(n => Gen.ArrayOf(gen, n));

    private static bool Same(IReadOnlyList<SearchHit> a, IReadOnlyList<SearchHit> b) =>
        a.Count == b.Count && a.Zip(b).All(p => p.First.Id == p.Second.Id && Math.Abs(p.First.Relevance - p.Second.Relevance) < 1e-9);

    private static Guid Id(int n) => Guid.Parse($"10000000-0000-0000-0000-{n:D12}");

    private static IndexEntry Entry(int id, Guid group, string heading, string body) => new(Id(id), group, $"{id:D5}", "测试文件", heading, body);
}
