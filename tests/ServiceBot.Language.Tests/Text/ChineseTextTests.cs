using ServiceBot.Language.Text;

namespace ServiceBot.Language.Tests.Text;

public sealed class ChineseTextTests
{
    [Theory]
    [InlineData("１３９５７９００００１", "13957900001")]
    [InlineData("ＭＡ２８（浦江）", "MA28(浦江)")]
    [InlineData("你好\u3000世界", "你好 世界")]
    public void FoldWidth_FoldsFullWidth_CharacterForCharacter(string input, string expected)
    {
        var folded = ChineseText.FoldWidth(input);

        Assert.Equal(expected, folded);
        Assert.Equal(input.Length, folded.Length);
    }

    [Fact]
    public void Normalize_LowersAndCollapsesSpaces()
    {
        Assert.Equal("vocs 超标", ChineseText.Normalize("  ＶＯＣｓ   超标 "));
    }
}
