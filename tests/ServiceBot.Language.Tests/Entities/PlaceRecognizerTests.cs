using ServiceBot.Language.Entities;

namespace ServiceBot.Language.Tests.Entities;

public sealed class PlaceRecognizerTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);
    private static readonly string[] Gazetteer = ["浦阳街道", "仙华街道", "黄宅镇", "郑宅镇", "郑家坞镇", "前吴乡"];
    private readonly EntityExtractor _extractor = new(Gazetteer);

    [Theory]
    [InlineData("我们厂在黄宅镇工业功能区", "黄宅镇")]
    [InlineData("我们在黄宅工业区", "黄宅镇")]
    [InlineData("郑家坞镇的厂门口", "郑家坞镇")]
    [InlineData("浦阳街道", "浦阳街道")]
    [InlineData("前吴那边", "前吴乡")]
    public void Extract_FindsTownsAndStreets_WithOrWithoutSuffix(string text, string expected)
    {
        Assert.Equal(expected, Assert.Single(_extractor.Extract(text, Today), e => e.Kind == EntityKind.Place).Value);
    }

    [Fact]
    public void Extract_FindsNoPlace_WhenGazetteerIsEmpty()
    {
        Assert.DoesNotContain(new EntityExtractor().Extract("我们厂在黄宅镇", Today), e => e.Kind == EntityKind.Place);
    }
}
