using System.Runtime.CompilerServices;
using ArchiveSearch.Index.Schema;
using ArchiveSearch.Index.Search;
using Lucene.Net.Index;

namespace ArchiveSearch.Index.Papers;

/// <summary>
/// What one segment holds of each paper: the distinct (day, page number) pairs of its live articles, read from doc
/// values in one pass. A segment reader with the same deletions is the same object, so the result is kept per reader.
/// </summary>
internal sealed class PaperSegment
{
    private static readonly ConditionalWeakTable<AtomicReader, PaperSegment> ByReader = new();

    /// <summary>Per paper: day number (0 when undated) in the high half, page number in the low half.</summary>
    public readonly Dictionary<string, HashSet<long>> Pages = new(StringComparer.Ordinal);
    public int ArticlesWithoutPaper;
    public int ArticlesWithoutDate;

    public static PaperSegment For(AtomicReader reader) => ByReader.GetValue(reader, r => new PaperSegment(r));

    public static long Key(int day, long page) => ((long)day << 32) | (uint)Math.Min(page, uint.MaxValue);

    public static int Day(long key) => (int)(key >> 32);

    private PaperSegment(AtomicReader reader)
    {
        var values = SegmentValues.For(reader);
        var live = reader.LiveDocs;
        var papers = reader.GetSortedDocValues(ArticleFields.Paper);
        var pageNumbers = reader.GetNumericDocValues(PageOrder.PageNumber);
        var kinds = reader.GetSortedDocValues(ArticleFields.Kind);
        if (pageNumbers is null)
            return; // only page records: no articles
        var pageLines = kinds?.LookupTerm(new Lucene.Net.Util.BytesRef(PageLinesDocuments.HitKind)) ?? -1;
        var byOrd = new Dictionary<int, HashSet<long>>();
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            if (live is not null && !live.Get(doc))
                continue;
            // Articles and the lines outside them carry a page number; page records do not carry a kind.
            if (kinds is null || values.Kinds[doc] < 0)
                continue;
            var day = values.Days[doc];
            var ord = values.Papers[doc];
            var isArticle = values.Kinds[doc] != pageLines;
            if (day == 0 && isArticle)
                ArticlesWithoutDate++;
            if (ord < 0)
            {
                if (isArticle)
                    ArticlesWithoutPaper++;
                continue;
            }

            if (!byOrd.TryGetValue(ord, out var pages))
                byOrd[ord] = pages = [];
            pages.Add(Key(day, pageNumbers.Get(doc)));
        }

        var term = new Lucene.Net.Util.BytesRef();
        foreach (var (ord, pages) in byOrd)
        {
            papers!.LookupOrd(ord, term);
            Pages[term.Utf8ToString()] = pages;
        }
    }
}
