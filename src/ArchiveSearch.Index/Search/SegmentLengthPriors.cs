using System.Runtime.CompilerServices;
using ArchiveSearch.Index.Schema;
using Lucene.Net.Index;

namespace ArchiveSearch.Index.Search;

/// <summary>
/// The <see cref="LengthPrior"/> of every document of one segment, read out of its compressed doc values once into a
/// plain array (4 bytes an article) when a new searcher is warmed, so adding the prior to a hit's score is one array read.
/// </summary>
public static class SegmentLengthPriors
{
    private static readonly ConditionalWeakTable<object, int[]> BySegment = new();

    public static int[] For(AtomicReader segment) => BySegment.GetValue(segment.CoreCacheKey, _ => Read(segment));

    private static int[] Read(AtomicReader segment)
    {
        var priors = new int[segment.MaxDoc];
        // Per-thread doc values, used only here.
        if (segment.GetNumericDocValues(ArticleFields.LengthPriorValue) is { } values)
        {
            for (var doc = 0; doc < priors.Length; doc++)
                priors[doc] = (int)values.Get(doc);
        }

        return priors;
    }
}
