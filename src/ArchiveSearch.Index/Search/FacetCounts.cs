using ArchiveSearch.Index.Schema;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace ArchiveSearch.Index.Search;

/// <summary>How many matching articles carry each value of a facet, most frequent first.</summary>
public sealed record FacetValue(string Value, int Count);

/// <summary>Facet counts over the whole result set: paper, year, author, kind.</summary>
public sealed record Facets(
    IReadOnlyList<FacetValue> Paper,
    IReadOnlyList<FacetValue> Year,
    IReadOnlyList<FacetValue> Author,
    IReadOnlyList<FacetValue> Kind);

/// <summary>
/// A collector that counts facet values from doc values for every matching document while passing
/// the documents on to the collector that ranks them. Counting is by ordinal within each segment and
/// resolved to strings once per segment, so its cost is one array increment per document and facet.
/// </summary>
public sealed class FacetCountingCollector(ICollector ranking) : ICollector
{
    private readonly Dictionary<string, int> paper = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> kind = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> author = new(StringComparer.Ordinal);
    private readonly Dictionary<int, int> year = [];
    private SegmentCounts? segment;

    public bool AcceptsDocsOutOfOrder => ranking.AcceptsDocsOutOfOrder;

    public void SetScorer(Scorer scorer) => ranking.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        segment?.FlushInto(paper, kind, author);
        segment = new SegmentCounts(context.AtomicReader);
        ranking.SetNextReader(context);
    }

    public void Collect(int doc)
    {
        segment!.Count(doc, year);
        ranking.Collect(doc);
    }

    public Facets Result(int limit)
    {
        segment?.FlushInto(paper, kind, author);
        segment = null;
        return new Facets(
            Top(paper, limit),
            year.OrderByDescending(y => y.Key).Take(limit).Select(y => new FacetValue(y.Key.ToString(), y.Value)).ToList(),
            Top(author, limit),
            Top(kind, limit));
    }

    private static List<FacetValue> Top(Dictionary<string, int> counts, int limit) =>
        counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Take(limit).Select(c => new FacetValue(c.Key, c.Value)).ToList();

    /// <summary>Per-segment counts by ordinal.</summary>
    private sealed class SegmentCounts
    {
        private readonly SortedDocValues? paperValues;
        private readonly SortedDocValues? kindValues;
        private readonly SortedSetDocValues? authorValues;
        private readonly NumericDocValues? dateValues;
        private readonly IBits? hasDate;
        private readonly int[] paperCounts;
        private readonly int[] kindCounts;
        private readonly int[] authorCounts;

        public SegmentCounts(AtomicReader reader)
        {
            paperValues = reader.GetSortedDocValues(ArticleFields.Paper);
            kindValues = reader.GetSortedDocValues(ArticleFields.Kind);
            authorValues = reader.GetSortedSetDocValues(ArticleFields.Author);
            dateValues = reader.GetNumericDocValues(ArticleDocuments.DateNumber);
            hasDate = dateValues is null ? null : reader.GetDocsWithField(ArticleDocuments.DateNumber);
            paperCounts = new int[paperValues?.ValueCount ?? 0];
            kindCounts = new int[kindValues?.ValueCount ?? 0];
            authorCounts = new int[(int)(authorValues?.ValueCount ?? 0)];
        }

        public void Count(int doc, Dictionary<int, int> years)
        {
            if (paperValues?.GetOrd(doc) is >= 0 and var p)
                paperCounts[p]++;
            if (kindValues?.GetOrd(doc) is >= 0 and var k)
                kindCounts[k]++;
            if (authorValues is not null)
            {
                authorValues.SetDocument(doc);
                for (var ord = authorValues.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = authorValues.NextOrd())
                    authorCounts[ord]++;
            }

            if (dateValues is not null && hasDate!.Get(doc))
            {
                var y = (int)(dateValues.Get(doc) / 10000);
                years[y] = years.GetValueOrDefault(y) + 1;
            }
        }

        public void FlushInto(Dictionary<string, int> paper, Dictionary<string, int> kind, Dictionary<string, int> author)
        {
            var scratch = new BytesRef();
            for (var i = 0; i < paperCounts.Length; i++)
            {
                if (paperCounts[i] == 0) continue;
                paperValues!.LookupOrd(i, scratch);
                Add(paper, scratch.Utf8ToString(), paperCounts[i]);
            }

            for (var i = 0; i < kindCounts.Length; i++)
            {
                if (kindCounts[i] == 0) continue;
                kindValues!.LookupOrd(i, scratch);
                Add(kind, scratch.Utf8ToString(), kindCounts[i]);
            }

            for (var i = 0; i < authorCounts.Length; i++)
            {
                if (authorCounts[i] == 0) continue;
                authorValues!.LookupOrd(i, scratch);
                Add(author, scratch.Utf8ToString(), authorCounts[i]);
            }
        }

        private static void Add(Dictionary<string, int> counts, string key, int n) => counts[key] = counts.GetValueOrDefault(key) + n;
    }
}
