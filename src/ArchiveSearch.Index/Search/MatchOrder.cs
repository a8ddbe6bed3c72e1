using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace ArchiveSearch.Index.Search;

/// <summary>
/// Puts collected matches in the order of a <see cref="Sort"/> as Lucene's sorting collector does (scores,
/// numbers with their missing value, strings with missing ones first, the doc id last), without a queue of
/// sort values per hit: numbers and per-segment string ords are read into arrays, and string values are looked
/// up only to compare hits of different segments.
/// </summary>
internal static class MatchOrder
{
    public static (int[] Docs, float[] Scores) Sort(IndexSearcher searcher, Sort sort, MatchCollector matches)
    {
        var docs = matches.Docs.ToArray();
        var scores = matches.Scores.ToArray();
        var leaves = searcher.IndexReader.Leaves;
        var leafOf = new int[docs.Length];
        for (var i = 0; i < docs.Length; i++)
            leafOf[i] = ReaderUtil.SubIndex(docs[i], leaves);
        var keys = sort.GetSort().Select(field => Key(field, docs, scores, leafOf, leaves)).ToList();

        var order = new int[docs.Length];
        for (var i = 0; i < order.Length; i++)
            order[i] = i;
        Array.Sort(order, (a, b) =>
        {
            foreach (var key in keys)
            {
                var c = key(a, b);
                if (c != 0)
                    return c;
            }

            return docs[a].CompareTo(docs[b]);
        });

        return (order.Select(i => docs[i]).ToArray(), scores.Length == 0 ? [] : order.Select(i => scores[i]).ToArray());
    }

    private static Comparison<int> Key(SortField field, int[] docs, float[] scores, int[] leafOf, IList<AtomicReaderContext> leaves)
    {
        Comparison<int> ascending = field.Type switch
        {
            // Relevance sorts the highest score first.
            SortFieldType.SCORE => (a, b) => scores[b].CompareTo(scores[a]),
            SortFieldType.INT64 => Numbers(field, docs, leafOf, leaves),
            SortFieldType.STRING => Strings(field, docs, leafOf, leaves),
            _ => throw new NotSupportedException($"Sorting matches by a {field.Type} field is not supported."),
        };
        return field.IsReverse ? (a, b) => ascending(b, a) : ascending;
    }

    private static Comparison<int> Numbers(SortField field, int[] docs, int[] leafOf, IList<AtomicReaderContext> leaves)
    {
        var missing = field.MissingValue switch { long l => l, J2N.Numerics.Int64 l => l.ToInt64(), _ => (long?)null };
        var perLeaf = leaves.Select(leaf => (
            Values: FieldCache.DEFAULT.GetInt64s(leaf.AtomicReader, field.Field, missing is not null),
            Present: missing is null ? null : FieldCache.DEFAULT.GetDocsWithField(leaf.AtomicReader, field.Field))).ToArray();
        var values = new long[docs.Length];
        for (var i = 0; i < docs.Length; i++)
        {
            var leaf = leaves[leafOf[i]];
            var doc = docs[i] - leaf.DocBase;
            var (numbers, present) = perLeaf[leafOf[i]];
            var v = numbers.Get(doc);
            values[i] = v == 0 && missing is { } m && present is not null && !present.Get(doc) ? m : v;
        }

        return (a, b) => values[a].CompareTo(values[b]);
    }

    private static Comparison<int> Strings(SortField field, int[] docs, int[] leafOf, IList<AtomicReaderContext> leaves)
    {
        var missingLast = ReferenceEquals(field.MissingValue, SortField.STRING_LAST);
        var terms = leaves.Select(leaf => FieldCache.DEFAULT.GetTermsIndex(leaf.AtomicReader, field.Field)).ToArray();
        var ords = new int[docs.Length];
        for (var i = 0; i < docs.Length; i++)
            ords[i] = terms[leafOf[i]].GetOrd(docs[i] - leaves[leafOf[i]].DocBase);
        BytesRef left = new(), right = new();
        return (a, b) =>
        {
            if (ords[a] < 0 || ords[b] < 0)
                return ords[a] < 0 == ords[b] < 0 ? 0 : (ords[a] < 0) == missingLast ? 1 : -1;
            if (leafOf[a] == leafOf[b])
                return ords[a].CompareTo(ords[b]);
            terms[leafOf[a]].LookupOrd(ords[a], left);
            terms[leafOf[b]].LookupOrd(ords[b], right);
            return left.CompareTo(right);
        };
    }
}
