using System.Runtime.CompilerServices;
using ArchiveSearch.Index.Schema;
using ArchiveSearch.Index.Search;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace ArchiveSearch.Index.Trends;

/// <summary>
/// How many items a search can find (articles, briefs, photos and the lines of pages outside them) the archive
/// holds on each day, in all and by paper: the denominator of a trend's shares. Counted once per segment reader
/// (a segment whose deletions changed has a new reader) from its per-document arrays, and merged once per
/// index reader, so a trend reads its totals instead of counting them.
/// </summary>
public sealed class DatedItemTotals
{
    private static readonly ConditionalWeakTable<AtomicReader, Dictionary<string, Dictionary<int, int>>> BySegment = new();
    private static readonly ConditionalWeakTable<IndexReader, DatedItemTotals> ByReader = new();

    /// <summary>The key of the counts over all papers (no paper is named "").</summary>
    private const string AllPapers = "";

    private readonly Dictionary<string, DayCounts> byPaper;

    private DatedItemTotals(IndexReader reader)
    {
        var merged = new Dictionary<string, SortedDictionary<int, int>>(StringComparer.Ordinal);
        foreach (var leaf in reader.Leaves)
        {
            foreach (var (paper, perDay) in BySegment.GetValue(leaf.AtomicReader, CountSegment))
            {
                if (!merged.TryGetValue(paper, out var into))
                    merged[paper] = into = new SortedDictionary<int, int>();
                foreach (var (day, count) in perDay)
                    into[day] = into.GetValueOrDefault(day) + count;
            }
        }

        byPaper = merged.ToDictionary(p => p.Key, p => new DayCounts(p.Value), StringComparer.Ordinal);
    }

    /// <summary>The papers that hold dated items, in order.</summary>
    public IReadOnlyList<string> Papers => byPaper.Keys.Where(p => p != AllPapers).Order(StringComparer.Ordinal).ToList();

    public static DatedItemTotals For(IndexReader reader) => ByReader.GetValue(reader, r => new DatedItemTotals(r));

    /// <summary>Items per day of one paper, or of all when <paramref name="paper"/> is blank.</summary>
    public DayCounts Of(string? paper) =>
        byPaper.GetValueOrDefault(string.IsNullOrWhiteSpace(paper) ? AllPapers : paper.Trim()) ?? DayCounts.Empty;

    /// <summary>Live, dated documents that have a kind (page records and retired-id records have none), by paper and day.</summary>
    private static Dictionary<string, Dictionary<int, int>> CountSegment(AtomicReader segment)
    {
        var values = SegmentValues.For(segment);
        var live = segment.LiveDocs;
        var byOrd = new Dictionary<int, Dictionary<int, int>>();
        var all = new Dictionary<int, int>();
        for (var doc = 0; doc < segment.MaxDoc; doc++)
        {
            var day = values.Days[doc];
            if (day == 0 || values.Kinds[doc] < 0 || (live is not null && !live.Get(doc)))
                continue;
            all[day] = all.GetValueOrDefault(day) + 1;
            var ord = values.Papers[doc];
            if (ord < 0)
                continue;
            if (!byOrd.TryGetValue(ord, out var perDay))
                byOrd[ord] = perDay = [];
            perDay[day] = perDay.GetValueOrDefault(day) + 1;
        }

        var result = new Dictionary<string, Dictionary<int, int>>(StringComparer.Ordinal) { [AllPapers] = all };
        // Doc values belong to the thread that asked for them: used here, while counting, and not kept.
        var papers = segment.GetSortedDocValues(ArticleFields.Paper);
        var bytes = new BytesRef();
        foreach (var (ord, perDay) in byOrd)
        {
            papers!.LookupOrd(ord, bytes);
            result[bytes.Utf8ToString()] = perDay;
        }

        return result;
    }
}
