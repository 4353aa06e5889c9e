using ServiceBot.Domain.Common;
using ServiceBot.Language.PolicyText;

namespace ServiceBot.Application.Policies.Common;

/// <summary>Reads a policy file (plain text, Markdown, HTML, Word .docx) into lines and the metadata its format carries.</summary>
public interface IPolicyFileReader
{
    /// <summary>The file extensions this reader understands, with the dot (".txt", ".docx").</summary>
    IReadOnlyCollection<string> SupportedExtensions { get; }

    /// <summary>The lines of the file; a validation error when the format is unsupported or the file is unreadable.</summary>
    Result<PolicySource> Read(string fileName, ReadOnlyMemory<byte> content);
}
