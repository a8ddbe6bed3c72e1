using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace ArchiveSearch.Index.Search;

/// <summary>Chooses per segment between the pair term's weight and the phrase's (see <see cref="PairOrPhraseQuery"/>).</summary>
internal sealed class PairOrPhraseWeight(PairOrPhraseQuery query, Weight pair, Weight phrase) : Weight
{
    public override Query Query => query;

    public override float GetValueForNormalization() => pair.GetValueForNormalization();

    public override void Normalize(float norm, float topLevelBoost)
    {
        pair.Normalize(norm, topLevelBoost * query.Boost);
        phrase.Normalize(norm, topLevelBoost * query.Boost);
    }

    public override Scorer GetScorer(AtomicReaderContext context, IBits acceptDocs) =>
        For(context).GetScorer(context, acceptDocs);

    public override Explanation Explain(AtomicReaderContext context, int doc) => For(context).Explain(context, doc);

    private Weight For(AtomicReaderContext context) => query.PairsCover(context.AtomicReader) ? pair : phrase;
}
