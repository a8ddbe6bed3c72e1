namespace ArchiveSearch.Archive.Segmentation;

/// <summary>Reads a page's text as lines.</summary>
public static class PageLines
{
    /// <summary>The page's non-blank lines in order. Extracted pages put each paragraph on a line of its own.</summary>
    public static List<PageLine> Read(string page)
    {
        var lines = new List<PageLine>();
        var position = 0;
        while (position <= page.Length)
        {
            var newline = page.IndexOf('\n', position);
            var end = newline < 0 ? page.Length : newline;
            var start = position;
            while (start < end && IsBlank(page[start])) start++;
            var stop = end;
            while (stop > start && IsBlank(page[stop - 1])) stop--;
            if (stop > start)
                lines.Add(new PageLine(page[start..stop], start));
            if (newline < 0) break;
            position = newline + 1;
        }

        return lines;
    }

    private static bool IsBlank(char c) => char.IsWhiteSpace(c) || c == '\uFEFF';
}
