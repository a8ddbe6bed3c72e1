using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using ArchiveSearch.Index.Schema;
using ArchiveSearch.Index.Search;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace ArchiveSearch.Index.Trends;

/// <summary>
/// How many items a search can find (articles, briefs, photos and the lines of pages outside them) the archive
/// holds on each day, in all and by paper: the denominator of a trend's shares. Counted once per segment reader
/// (a segment whose deletions changed has a new reader) from its per-document arrays, and merged once per index
/// reader and paper, when a trend first asks for that paper, so a trend reads its totals instead of counting them.
/// </summary>
public sealed class DatedItemTotals
{
    private static readonly ConditionalWeakTable<AtomicReader, Dictionary<string, SortedDictionary<int, int>>> BySegment = new();
    private static readonly ConditionalWeakTable<IndexReader, DatedItemTotals> ByReader = new();

    /// <summary>The key of the counts over all papers (no paper is named "").</summary>
    private const string AllPapers = "";

    private readonly IReadOnlyList<Dictionary<string, SortedDictionary<int, int>>> segments;
    private readonly ConcurrentDictionary<string, DayCounts> merged = new(StringComparer.Ordinal);

    private DatedItemTotals(IndexReader reader) =>
        segments = reader.Leaves.Select(leaf => BySegment.GetValue(leaf.AtomicReader, CountSegment)).ToList();

    public static DatedItemTotals For(IndexReader reader) => ByReader.GetValue(reader, r => new DatedItemTotals(r));

    /// <summary>The papers that hold dated items, in order.</summary>
    public IReadOnlyList<string> Papers => segments.SelectMany(s => s.Keys).Where(p => p != AllPapers).Distinct().Order(StringComparer.Ordinal).ToList();

    /// <summary>Items per day of one paper, or of all when <paramref name="paper"/> is blank.</summary>
    public DayCounts Of(string? paper) =>
        merged.GetOrAdd(string.IsNullOrWhiteSpace(paper) ? AllPapers : paper.Trim(), Merge);

    private DayCounts Merge(string paper)
    {
        var perDay = new SortedDictionary<int, int>();
        foreach (var segment in segments)
        {
            if (!segment.TryGetValue(paper, out var counts))
                continue;
            foreach (var (day, count) in counts)
                perDay[day] = perDay.GetValueOrDefault(day) + count;
        }

        return new DayCounts(perDay);
    }

    /// <summary>Live, dated documents that have a kind (page records and retired-id records have none), by paper and day.</summary>
    private static Dictionary<string, SortedDictionary<int, int>> CountSegment(AtomicReader segment)
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

        var result = new Dictionary<string, SortedDictionary<int, int>>(StringComparer.Ordinal) { [AllPapers] = new(all) };
        // Doc values belong to the thread that asked for them: used here, while counting, and not kept.
        var papers = segment.GetSortedDocValues(ArticleFields.Paper);
        var bytes = new BytesRef();
        foreach (var (ord, perDay) in byOrd)
        {
            papers!.LookupOrd(ord, bytes);
            result[bytes.Utf8ToString()] = new SortedDictionary<int, int>(perDay);
        }

        return result;
    }
}
