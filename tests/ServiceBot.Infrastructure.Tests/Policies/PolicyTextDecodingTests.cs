using System.Text;
using ServiceBot.Infrastructure.Policies;

namespace ServiceBot.Infrastructure.Tests.Policies;

public sealed class PolicyTextDecodingTests
{
    private const string Text = "对年税收500万元以上的企业优先供地。";

    [Fact]
    public void Decode_ReadsUtf8_WithAndWithoutBom()
    {
        Assert.Equal(Text, PolicyTextDecoding.Decode(Encoding.UTF8.GetBytes(Text)));
        Assert.Equal(Text, PolicyTextDecoding.Decode([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Text)]));
    }

    [Fact]
    public void Decode_ReadsUtf16WithBom() =>
        Assert.Equal(Text, PolicyTextDecoding.Decode([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Text)]));

    [Fact]
    public void Decode_ReadsGbkFilesAsGb18030() => Assert.Equal(Text, PolicyTextDecoding.Decode(PolicyTextDecoding.Gb18030.GetBytes(Text)));
}
