using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ArchiveSearch.Index.Search;

/// <summary>
/// Collects every match of a query as its doc id (and score, when scores rank), nothing more: an int or two per
/// hit, however many hits. Accepts documents out of order, like the paged search's collector, so the same
/// scorer gives the same scores.
/// </summary>
internal sealed class MatchCollector(bool withScores) : ICollector
{
    private int docBase;
    private Scorer? scorer;
    private int[] docs = new int[1024];
    private float[] scores = withScores ? new float[1024] : [];

    public int Count { get; private set; }

    public ReadOnlySpan<int> Docs => docs.AsSpan(0, Count);

    /// <summary>The scores, in the order of <see cref="Docs"/>; empty when not collected.</summary>
    public ReadOnlySpan<float> Scores => withScores ? scores.AsSpan(0, Count) : [];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) => this.scorer = scorer;

    public void SetNextReader(AtomicReaderContext context) => docBase = context.DocBase;

    public void Collect(int doc)
    {
        if (Count == docs.Length)
        {
            Array.Resize(ref docs, docs.Length * 2);
            if (withScores)
                Array.Resize(ref scores, docs.Length);
        }

        docs[Count] = docBase + doc;
        if (withScores)
            scores[Count] = scorer!.GetScore();
        Count++;
    }
}
