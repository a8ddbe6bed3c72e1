using ArchiveSearch.Archive.Articles;
using ArchiveSearch.Archive.Corrections;
using ArchiveSearch.Index.Ingest;

namespace ArchiveSearch.Server.Html;

/// <summary>
/// Lays a page's items back onto its text: every block of every item and every line in no item, in the order they
/// are printed, found by where their text starts on the page. A block whose text is not found as printed (a line the
/// layout broke inside it) follows the block before it in its item.
/// </summary>
public static class PrintedOrder
{
    public static IReadOnlyList<PrintedBlock> Of(string? pageText, IReadOnlyList<Article> items)
    {
        var blocks = new List<PrintedBlock>();
        foreach (var item in items)
        {
            var last = -1;
            void Add(BlockRole role, string? text)
            {
                if (string.IsNullOrWhiteSpace(text))
                    return;
                var found = pageText is null ? -1 : Find(pageText, text, Math.Max(0, last));
                if (found < 0 && pageText is not null)
                    found = Find(pageText, text, 0);
                last = found >= 0 ? Math.Max(found, last) : last;
                blocks.Add(new PrintedBlock(item.Ordinal, role, text, last));
            }

            var photo = item.Kind == ArticleKind.Photo;
            if (!CorrectionApplier.HasDerivedTitle(item))
                Add(BlockRole.Headline, item.Title);
            Add(BlockRole.Subtitle, item.Subtitle);
            if (!photo)
                Add(BlockRole.Byline, item.Byline);
            foreach (var paragraph in item.Paragraphs)
                Add(photo ? BlockRole.Caption : item.Headings.Contains(paragraph) ? BlockRole.Heading : BlockRole.Paragraph, paragraph);
            if (photo)
                Add(BlockRole.Credit, item.Byline);
        }

        if (pageText is not null)
        {
            var from = 0;
            foreach (var line in LinesOutsideArticles.Find(pageText, items))
            {
                var found = pageText.IndexOf(line, from, StringComparison.Ordinal);
                if (found < 0)
                    found = pageText.IndexOf(line, StringComparison.Ordinal);
                else
                    from = found + line.Length;
                blocks.Add(new PrintedBlock(null, BlockRole.Furniture, line, found));
            }
        }

        // Blocks not found at all keep their item's order, after what was found; the sort is stable.
        var order = blocks.Select((block, index) => (block, index))
            .OrderBy(b => b.block.Offset < 0 ? int.MaxValue : b.block.Offset)
            .ThenBy(b => b.index);
        return order.Select(b => b.block).ToList();
    }

    private static int Find(string pageText, string text, int from)
    {
        var probe = text.Length > 8 ? text[..8] : text;
        return pageText.IndexOf(probe, from, StringComparison.Ordinal);
    }
}
