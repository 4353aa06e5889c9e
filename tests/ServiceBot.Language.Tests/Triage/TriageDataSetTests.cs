using System.Security.Cryptography;
using System.Text;
using ServiceBot.Language.Tests.Support;
using ServiceBot.Language.Triage;

namespace ServiceBot.Language.Tests.Triage;

/// <summary>The labelled set is what the README says it is: big enough, covering every bureau, split as documented.</summary>
public sealed class TriageDataSetTests
{
    private static IEnumerable<LabelledProblem> All => TriageDataSet.Training.Concat(TriageDataSet.HeldOut);

    [Fact]
    public void DataSet_HasAtLeast300Descriptions_AndTenPerBureau()
    {
        var perBureau = All.GroupBy(e => e.Lead).ToDictionary(g => g.Key, g => g.Count());

        Assert.True(All.Count() >= 300);
        Assert.All(DefaultCatalog.Bureaus, b => Assert.True(perBureau.GetValueOrDefault(b.Code) >= 10, $"{b.Code} has {perBureau.GetValueOrDefault(b.Code)} examples"));
    }

    [Fact]
    public void DataSet_UsesOnlyCatalogCodesAndFixedCategories()
    {
        var codes = DefaultCatalog.Bureaus.Select(b => b.Code).ToHashSet();

        Assert.All(All, e =>
        {
            Assert.Contains(e.Lead, codes);
            Assert.All(e.Alt, a => Assert.Contains(a, codes));
            Assert.DoesNotContain(e.Lead, e.Alt);
            Assert.Contains(e.Category, TriageCategories.All);
        });
    }

    [Fact]
    public void HeldOut_IsEveryFourthExampleOfTheFirstBatchPerBureau_InHashOrder()
    {
        var expected = TriageDataSet.FirstBatch
            .GroupBy(e => e.Lead)
            .SelectMany(g => g.OrderBy(e => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(e.Text))), StringComparer.Ordinal).Where((_, i) => i % 4 == 3))
            .Select(e => e.Text)
            .ToHashSet();

        Assert.Equal(expected.Order(StringComparer.Ordinal), TriageDataSet.HeldOut.Select(e => e.Text).Order(StringComparer.Ordinal));
        Assert.Empty(TriageDataSet.Training.Select(e => e.Text).Intersect(TriageDataSet.HeldOut.Select(e => e.Text)));
        Assert.Equal(TriageDataSet.Training.Count, TriageDataSet.Training.Select(e => e.Text).Distinct().Count());
    }

    [Fact]
    public void WrittenAfterSplit_HasNoNearDuplicateOfAHeldOutDescription()
    {
        var heldOut = TriageDataSet.HeldOut.Select(e => TextOverlap.Bigrams(e.Text)).ToList();

        // Only the training text is named on failure: the held-out texts stay unread.
        var nearDuplicates = TriageDataSet.WrittenAfterSplit.Where(e => TextOverlap.MaxJaccard(e.Text, heldOut) >= TextOverlap.NearDuplicate).Select(e => e.Text).ToList();

        Assert.NotEmpty(TriageDataSet.WrittenAfterSplit);
        Assert.Empty(nearDuplicates);
    }
}
