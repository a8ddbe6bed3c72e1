using ArchiveSearch.Index.Schema;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace ArchiveSearch.Index.Search;

/// <summary>
/// The papers of a searcher's segments in one order (the order of their names' bytes, as a sort by paper reads
/// them), so hits of different segments compare by paper as two numbers. A paper's rank is 2 + twice its place;
/// a value between two papers (a cursor's paper no segment holds any more) gets the odd number between them, and an
/// article without a paper 0, first, as a sort by a string puts a missing value. Built per search from each segment's
/// few paper names: a few lookups per segment and paper.
/// </summary>
public sealed class PaperRanks
{
    public const long Missing = 0;

    private readonly List<BytesRef> sorted;

    private PaperRanks(List<BytesRef> sorted, int[][] ofLeaf)
    {
        this.sorted = sorted;
        OfLeaf = ofLeaf;
    }

    /// <summary>For each segment (by its ordinal in the reader), the rank of each of its paper ordinals.</summary>
    public int[][] OfLeaf { get; }

    public static PaperRanks Of(IList<AtomicReaderContext> leaves)
    {
        var names = new List<BytesRef[]>(leaves.Count);
        foreach (var leaf in leaves)
        {
            // Doc values belong to the thread that asks for them: this search's own.
            var values = leaf.AtomicReader.GetSortedDocValues(ArticleFields.Paper);
            var count = values?.ValueCount ?? 0;
            var own = new BytesRef[count];
            for (var ord = 0; ord < count; ord++)
            {
                var name = new BytesRef();
                values!.LookupOrd(ord, name);
                own[ord] = BytesRef.DeepCopyOf(name);
            }

            names.Add(own);
        }

        var all = names.SelectMany(n => n).Distinct().ToList();
        all.Sort((a, b) => a.CompareTo(b));
        var ofLeaf = new int[leaves.Count][];
        for (var i = 0; i < leaves.Count; i++)
            ofLeaf[leaves[i].Ord] = [.. names[i].Select(name => 2 + 2 * all.BinarySearch(name, Comparer<BytesRef>.Create((a, b) => a.CompareTo(b))))];
        return new PaperRanks(all, ofLeaf);
    }

    /// <summary>The rank a paper name would have among these papers.</summary>
    public long RankOf(BytesRef? paper)
    {
        if (paper is null)
            return Missing;
        var at = sorted.BinarySearch(paper, Comparer<BytesRef>.Create((a, b) => a.CompareTo(b)));
        return at >= 0 ? 2 + 2L * at : 1 + 2L * ~at;
    }
}
