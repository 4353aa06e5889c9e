using ServiceBot.Language.Entities;

namespace ServiceBot.Language.Tests.Entities;

public sealed class PhoneNumberRecognizerTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);
    private readonly EntityExtractor _extractor = new();

    [Theory]
    [InlineData("电话13957900001", "13957900001")]
    [InlineData("手机：139 5790 0001，谢谢", "13957900001")]
    [InlineData("打我电话+86 139-5790-0001", "13957900001")]
    [InlineData("联系方式８６１３９５７９００００１", "13957900001")]
    public void Extract_FindsMobileNumbers_HoweverTheyAreWritten(string text, string expected)
    {
        Assert.Equal(expected, Assert.Single(_extractor.Extract(text, Today), e => e.Kind == EntityKind.Mobile).Value);
    }

    [Theory]
    [InlineData("座机0579-84123456", "0579-84123456")]
    [InlineData("电话（0579）84123456", "0579-84123456")]
    [InlineData("固话：84123456", "84123456")]
    public void Extract_FindsLandlines_WithOrWithoutAreaCode(string text, string expected)
    {
        Assert.Equal(expected, Assert.Single(_extractor.Extract(text, Today), e => e.Kind == EntityKind.Landline).Value);
    }

    [Theory]
    [InlineData("订单号202603151395790000123")]
    [InlineData("年产5万件")]
    [InlineData("1395790000")]
    public void Extract_FindsNoPhone_InOtherNumbers(string text)
    {
        Assert.DoesNotContain(_extractor.Extract(text, Today), e => e.Kind is EntityKind.Mobile or EntityKind.Landline);
    }
}
