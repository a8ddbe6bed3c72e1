using System.Runtime.CompilerServices;
using ArchiveSearch.Index.Schema;
using Lucene.Net.Index;

namespace ArchiveSearch.Index.Search;

/// <summary>
/// The facet values of one segment (paper, kind and author ordinals, day number) read out of its compressed doc
/// values once into plain arrays, so counting a hit is a few array reads. Segments never change, so the arrays are
/// built once per segment, when a new searcher is warmed, and dropped with the segment. About 14 bytes an article.
/// </summary>
public sealed class SegmentFacetValues
{
    private static readonly ConditionalWeakTable<object, SegmentFacetValues> BySegment = new();

    /// <summary>A day number of 0 is an article without a date.</summary>
    public readonly int[] Days;
    public readonly int[] Papers;
    public readonly sbyte[] Kinds;

    /// <summary>Authors of document d: <see cref="AuthorOrds"/>[<see cref="AuthorStarts"/>[d] .. <see cref="AuthorStarts"/>[d + 1]].</summary>
    public readonly int[] AuthorStarts;
    public readonly int[] AuthorOrds;

    public SortedDocValues? PaperValues { get; }
    public SortedDocValues? KindValues { get; }
    public SortedSetDocValues? AuthorValues { get; }

    public static SegmentFacetValues For(AtomicReader segment) =>
        BySegment.GetValue(segment.CoreCacheKey, _ => new SegmentFacetValues(segment));

    private SegmentFacetValues(AtomicReader segment)
    {
        var max = segment.MaxDoc;
        Days = new int[max];
        Papers = new int[max];
        Kinds = new sbyte[max];
        AuthorStarts = new int[max + 1];
        PaperValues = segment.GetSortedDocValues(ArticleFields.Paper);
        KindValues = segment.GetSortedDocValues(ArticleFields.Kind);
        AuthorValues = segment.GetSortedSetDocValues(ArticleFields.Author);
        if (KindValues is { ValueCount: > sbyte.MaxValue })
            throw new InvalidOperationException($"More than {sbyte.MaxValue} kinds of item in one segment.");

        var dates = segment.GetNumericDocValues(ArticleDocuments.DateNumber);
        var hasDate = dates is null ? null : segment.GetDocsWithField(ArticleDocuments.DateNumber);
        var authors = new List<int>();
        for (var doc = 0; doc < max; doc++)
        {
            Days[doc] = dates is not null && hasDate!.Get(doc) ? (int)dates.Get(doc) : 0;
            Papers[doc] = PaperValues?.GetOrd(doc) ?? -1;
            Kinds[doc] = (sbyte)(KindValues?.GetOrd(doc) ?? -1);
            AuthorStarts[doc] = authors.Count;
            if (AuthorValues is null)
                continue;
            AuthorValues.SetDocument(doc);
            for (var ord = AuthorValues.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = AuthorValues.NextOrd())
                authors.Add((int)ord);
        }

        AuthorStarts[max] = authors.Count;
        AuthorOrds = [.. authors];
    }
}
