using System.Xml;
using ServiceBot.Application.Policies.Common;
using ServiceBot.Domain.Common;
using ServiceBot.Language.PolicyText;

namespace ServiceBot.Infrastructure.Policies;

/// <summary>Chooses the reader by the file's extension: .txt, .md/.markdown, .html/.htm, .docx.</summary>
internal sealed class PolicyFileReader : IPolicyFileReader
{
    public IReadOnlyCollection<string> SupportedExtensions { get; } = [".txt", ".md", ".markdown", ".html", ".htm", ".docx"];

    public Result<PolicySource> Read(string fileName, ReadOnlyMemory<byte> content)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        try
        {
            var source = extension switch
            {
                ".txt" => PlainTextPolicyReader.Read(content.Span),
                ".md" or ".markdown" => MarkdownPolicyReader.Read(content.Span),
                ".html" or ".htm" => HtmlPolicyReader.Read(content.Span),
                ".docx" => DocxPolicyReader.Read(content.Span),
                _ => null,
            };
            return source is null
                ? Error.Validation("policy.format", $"不支持“{extension}”格式的文件，请上传 {string.Join("、", SupportedExtensions)} 文件。")
                : source;
        }
        catch (Exception ex) when (ex is InvalidDataException or XmlException)
        {
            return Error.Validation("policy.unreadable", $"无法读取文件“{Path.GetFileName(fileName)}”，文件可能已损坏或不是{extension}格式。");
        }
    }
}
