using ArchiveSearch.Index.Schema;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ArchiveSearch.Index.Search;

/// <summary>How many matching articles carry each value of a facet, most frequent first.</summary>
public sealed record FacetValue(string Value, int Count);

/// <summary>
/// Facet counts over the whole result set: paper, year, author, kind, and the cut verdict. When <see cref="Sampled"/> is true the
/// result set was larger than <see cref="FacetCountingCollector.ExactUpTo"/> and the counts are estimates:
/// exact for the first hits, then every <see cref="FacetCountingCollector.SampleStep"/>th hit counted for that many.
/// </summary>
public sealed record Facets(
    IReadOnlyList<FacetValue> Paper,
    IReadOnlyList<FacetValue> Year,
    IReadOnlyList<FacetValue> Author,
    IReadOnlyList<FacetValue> Kind)
{
    public bool Sampled { get; init; }

    /// <summary>How many hits are cut <c>sure</c> and how many <c>unsure</c>.</summary>
    public IReadOnlyList<FacetValue> Cut { get; init; } = [];
}

/// <summary>
/// A collector that counts facet values from doc values for every matching document while passing
/// the documents on to the collector that ranks them. Counting is by ordinal within each segment (years
/// by their number) and resolved to strings once per segment, so its cost is one array increment per
/// document and facet, with no hashing and no allocation per document.
/// Above <see cref="ExactUpTo"/> hits only a systematic sample is counted, so a query matching most of a
/// large archive does not spend most of its time on facets.
/// </summary>
public sealed class FacetCountingCollector(ICollector ranking, int exactUpTo = FacetCountingCollector.ExactUpTo) : ICollector
{
    /// <summary>Hits counted one by one; beyond them the counts are sampled.</summary>
    public const int ExactUpTo = 20_000;

    /// <summary>Beyond <see cref="ExactUpTo"/>, one hit in this many is counted, for this many.</summary>
    public const int SampleStep = 8;

    /// <summary>Years counted directly by number; dates outside are not counted in the year facet.</summary>
    private const int LastYear = 2999;

    private readonly Dictionary<string, int> paper = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> kind = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> author = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> cut = new(StringComparer.Ordinal);
    private readonly int[] year = new int[LastYear + 1];
    private SegmentCounts? segment;
    private int seen;

    public bool AcceptsDocsOutOfOrder => ranking.AcceptsDocsOutOfOrder;

    public void SetScorer(Scorer scorer) => ranking.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        segment?.FlushInto(paper, kind, author, cut);
        segment = new SegmentCounts(context.AtomicReader);
        ranking.SetNextReader(context);
    }

    public void Collect(int doc)
    {
        seen++;
        if (seen <= exactUpTo)
            segment!.Count(doc, year, 1);
        else if (seen % SampleStep == 0)
            segment!.Count(doc, year, SampleStep);
        ranking.Collect(doc);
    }

    public Facets Result(int limit)
    {
        segment?.FlushInto(paper, kind, author, cut);
        segment = null;
        var years = new List<FacetValue>();
        for (var y = LastYear; y > 0 && years.Count < limit; y--)
        {
            if (year[y] > 0)
                years.Add(new FacetValue(y.ToString(System.Globalization.CultureInfo.InvariantCulture), year[y]));
        }

        return new Facets(
            Top(paper, limit),
            years,
            Top(author, limit),
            Top(kind, limit))
        {
            Sampled = seen > exactUpTo,
            Cut = Top(cut, limit),
        };
    }

    private static List<FacetValue> Top(Dictionary<string, int> counts, int limit) =>
        counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Take(limit).Select(c => new FacetValue(c.Key, c.Value)).ToList();

    /// <summary>Per-segment counts by ordinal, read from the segment's facet arrays and named from its value arrays.</summary>
    private sealed class SegmentCounts
    {
        private readonly SegmentValues values;
        private readonly int[] paperCounts;
        private readonly int[] kindCounts;
        private readonly int[] cutCounts;
        private readonly int[] authorCounts;

        public SegmentCounts(AtomicReader reader)
        {
            values = SegmentValues.For(reader);
            paperCounts = new int[values.PaperNames.Length];
            kindCounts = new int[values.KindNames.Length];
            cutCounts = new int[values.CutNames.Length];
            authorCounts = new int[values.AuthorNames.Length];
        }

        public void Count(int doc, int[] years, int weight)
        {
            if (values.Papers[doc] is >= 0 and var p)
                paperCounts[p] += weight;
            if (values.Kinds[doc] is >= 0 and var k)
                kindCounts[k] += weight;
            if (values.Cuts[doc] is >= 0 and var c)
                cutCounts[c] += weight;
            for (var i = values.AuthorStarts[doc]; i < values.AuthorStarts[doc + 1]; i++)
                authorCounts[values.AuthorOrds[i]] += weight;

            // An undated article reads as 0, which is no year.
            if (values.Days[doc] / 10000 is > 0 and <= LastYear and var y)
                years[y] += weight;
        }

        public void FlushInto(Dictionary<string, int> paper, Dictionary<string, int> kind, Dictionary<string, int> author, Dictionary<string, int> cut)
        {
            AddCounts(cut, cutCounts, values.CutNames);
            AddCounts(paper, paperCounts, values.PaperNames);
            AddCounts(kind, kindCounts, values.KindNames);
            AddCounts(author, authorCounts, values.AuthorNames);
        }

        private static void AddCounts(Dictionary<string, int> counts, int[] byOrdinal, string[] names)
        {
            for (var i = 0; i < byOrdinal.Length; i++)
            {
                if (byOrdinal[i] != 0)
                    Add(counts, names[i], byOrdinal[i]);
            }
        }

        private static void Add(Dictionary<string, int> counts, string key, int n) => counts[key] = counts.GetValueOrDefault(key) + n;
    }
}
