using System.Text;
using ServiceBot.Domain.Common;
using ServiceBot.Infrastructure.Policies;

namespace ServiceBot.Infrastructure.Tests.Policies;

public sealed class PolicyFileReaderTests
{
    private readonly PolicyFileReader _reader = new();

    [Theory]
    [InlineData("a.txt")]
    [InlineData("a.TXT")]
    [InlineData("a.md")]
    [InlineData("a.markdown")]
    [InlineData("a.html")]
    [InlineData("a.htm")]
    public void Read_ChoosesTheReaderByExtension(string fileName)
    {
        var result = _reader.Read(fileName, Encoding.UTF8.GetBytes("一、优先供地。"));

        Assert.True(result.IsSuccess);
        Assert.Equal("一、优先供地。", result.Value.Lines.Single().Text);
    }

    [Fact]
    public void Read_ReadsADocx() =>
        Assert.Equal("一、优先供地。", _reader.Read("a.docx", new DocxBuilder().Numbered(0, "优先供地。").Build()).Value.Lines.Single().Text);

    [Fact]
    public void Read_RefusesAnUnsupportedFormat()
    {
        var result = _reader.Read("a.pdf", new byte[] { 1, 2, 3 });

        Assert.Equal(ErrorKind.Validation, result.Error?.Kind);
        Assert.Equal("policy.format", result.Error!.Code);
    }

    [Theory]
    [InlineData(new byte[] { 1, 2, 3 })]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0, 0 })]
    public void Read_RefusesACorruptDocx_WithAMessageForPeople(byte[] content)
    {
        var result = _reader.Read("政策.docx", content);

        Assert.Equal("policy.unreadable", result.Error?.Code);
        Assert.Equal("无法读取文件“政策.docx”，文件可能已损坏或不是.docx格式。", result.Error!.Message);
    }

    [Fact]
    public void Read_RefusesAZipThatIsNotAWordDocument()
    {
        using var buffer = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(buffer, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            zip.CreateEntry("hello.txt");
        }

        Assert.Equal("policy.unreadable", _reader.Read("a.docx", buffer.ToArray()).Error?.Code);
    }
}
