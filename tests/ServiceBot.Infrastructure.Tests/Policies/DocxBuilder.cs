using System.Globalization;
using System.IO.Compression;
using System.Security;
using System.Text;

namespace ServiceBot.Infrastructure.Tests.Policies;

/// <summary>
/// Writes small but real .docx files (the OOXML parts Word writes: content types, relationships, document,
/// styles, numbering, core properties), with Chinese Word's style ids, automatic numbering and tables.
/// </summary>
internal sealed class DocxBuilder
{
    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private readonly StringBuilder _body = new();

    public string? CoreTitle { get; set; }

    public DocxBuilder Title(string text) => Paragraph(text, style: "a3");

    public DocxBuilder Heading(string text) => Paragraph(text, style: "1");

    /// <summary>A paragraph numbered by Word's list 1: level 0 draws "一、", level 1 draws "1.".</summary>
    public DocxBuilder Numbered(int level, string text) => Paragraph(text, numbering: (1, level));

    public DocxBuilder Paragraph(string text, string? style = null, (int NumId, int Level)? numbering = null)
    {
        _body.Append("<w:p><w:pPr>");
        if (style is not null)
        {
            _body.Append(CultureInfo.InvariantCulture, $"<w:pStyle w:val=\"{style}\"/>");
        }

        if (numbering is { } n)
        {
            _body.Append(CultureInfo.InvariantCulture, $"<w:numPr><w:ilvl w:val=\"{n.Level}\"/><w:numId w:val=\"{n.NumId}\"/></w:numPr>");
        }

        _body.Append("</w:pPr>");
        // Word splits text into runs wherever formatting changes; split in two to make sure runs are joined.
        var half = text.Length / 2;
        _body.Append(CultureInfo.InvariantCulture, $"<w:r><w:t xml:space=\"preserve\">{SecurityElement.Escape(text[..half])}</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>{SecurityElement.Escape(text[half..])}</w:t></w:r></w:p>");
        return this;
    }

    public DocxBuilder Table(params string[][] rows)
    {
        _body.Append("<w:tbl>");
        foreach (var row in rows)
        {
            _body.Append("<w:tr>");
            foreach (var cell in row)
            {
                _body.Append(CultureInfo.InvariantCulture, $"<w:tc><w:p><w:r><w:t>{SecurityElement.Escape(cell)}</w:t></w:r></w:p></w:tc>");
            }

            _body.Append("</w:tr>");
        }

        _body.Append("</w:tbl>");
        return this;
    }

    public byte[] Build()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""");
            Add(zip, "_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>""");
            Add(zip, "word/document.xml", $"""<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W}"><w:body>{_body}<w:sectPr/></w:body></w:document>""");
            Add(zip, "word/styles.xml", $"""<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="{W}"><w:style w:type="paragraph" w:styleId="a"><w:name w:val="Normal"/></w:style><w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/></w:style><w:style w:type="paragraph" w:styleId="a3"><w:name w:val="Title"/></w:style></w:styles>""");
            Add(zip, "word/numbering.xml", $"""<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="{W}"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>""");
            if (CoreTitle is not null)
            {
                Add(zip, "docProps/core.xml", $"""<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>{SecurityElement.Escape(CoreTitle)}</dc:title></cp:coreProperties>""");
            }
        }

        return buffer.ToArray();
    }

    private static void Add(ZipArchive zip, string path, string content)
    {
        using var writer = new StreamWriter(zip.CreateEntry(path).Open(), new UTF8Encoding(false));
        writer.Write(content);
    }
}
