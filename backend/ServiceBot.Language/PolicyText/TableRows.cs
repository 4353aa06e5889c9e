namespace ServiceBot.Language.PolicyText;

/// <summary>Pipe-separated rows, as plain-text exports and Markdown write tables.</summary>
public static class TableRows
{
    /// <summary>A row has at least two cells with content; a lone "|" or "… |" left over from a web page is not one.</summary>
    public static bool LooksLikeRow(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return line.Count(c => c == '|') >= 2 && Cells(line).Count(c => c.Length > 0) >= 2;
    }

    public static IReadOnlyList<string> Cells(string row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var cells = row.Split('|').Select(c => c.Trim()).ToList();
        if (cells.Count > 0 && cells[0].Length == 0)
        {
            cells.RemoveAt(0);
        }

        if (cells.Count > 0 && cells[^1].Length == 0)
        {
            cells.RemoveAt(cells.Count - 1);
        }

        return cells;
    }

    /// <summary>A Markdown separator row (<c>|---|:--:|</c>), which carries no content.</summary>
    public static bool IsSeparator(string row) =>
        row.Contains('-', StringComparison.Ordinal) && row.All(c => c is '|' or '-' or ':' or ' ');
}
