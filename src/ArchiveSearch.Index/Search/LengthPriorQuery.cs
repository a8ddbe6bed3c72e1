using ArchiveSearch.Index.Schema;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace ArchiveSearch.Index.Search;

/// <summary>
/// A match whose score gains the article's <see cref="LengthPrior"/> times a weight; what matches is the match's alone.
/// Only the match's hits are visited, and the prior is one array read (<see cref="SegmentValues"/>): as a
/// separate optional clause the prior made a search walk every document of the archive (at a million articles, 60 of
/// the 93 ms of a one-character query), and as Lucene's custom-score query it cost a further 30 ns a hit.
/// </summary>
public sealed class LengthPriorQuery(Query match, float weight) : Query
{
    public Query Match { get; } = match;

    public float Weight { get; } = weight;

    public override Query Rewrite(IndexReader reader)
    {
        var rewritten = Match.Rewrite(reader);
        return ReferenceEquals(rewritten, Match) ? this : new LengthPriorQuery(rewritten, Weight) { Boost = Boost };
    }

    public override void ExtractTerms(ISet<Term> terms) => Match.ExtractTerms(terms);

    public override Weight CreateWeight(IndexSearcher searcher) => new PriorWeight(this, Match.CreateWeight(searcher));

    public override string ToString(string field) => $"lengthPrior({Match.ToString(field)}, {Weight})";

    public override bool Equals(object? obj) => obj is LengthPriorQuery other && other.Match.Equals(Match) && other.Weight == Weight && other.Boost == Boost;

    public override int GetHashCode() => HashCode.Combine(Match, Weight, Boost);

    private sealed class PriorWeight(LengthPriorQuery query, Weight match) : Lucene.Net.Search.Weight
    {
        public override Query Query => query;

        public override bool ScoresDocsOutOfOrder => false;

        public override float GetValueForNormalization() => match.GetValueForNormalization() * query.Boost * query.Boost;

        public override void Normalize(float norm, float topLevelBoost) => match.Normalize(norm, topLevelBoost * query.Boost);

        public override Scorer? GetScorer(AtomicReaderContext context, IBits acceptDocs) =>
            match.GetScorer(context, acceptDocs) is { } scorer ? new PriorScorer(this, scorer, SegmentValues.For(context.AtomicReader).LengthPriors, query.Weight) : null;

        public override Explanation Explain(AtomicReaderContext context, int doc)
        {
            var matched = match.Explain(context, doc);
            if (!matched.IsMatch)
                return matched;
            var prior = SegmentValues.For(context.AtomicReader).LengthPriors[doc];
            var explanation = new Explanation(matched.Value + query.Weight * prior, "sum of:");
            explanation.AddDetail(matched);
            explanation.AddDetail(new Explanation(query.Weight * prior, $"length prior {prior} × {query.Weight}"));
            return explanation;
        }
    }

    private sealed class PriorScorer(Lucene.Net.Search.Weight weight, Scorer match, int[] priors, float priorWeight) : Scorer(weight)
    {
        public override int DocID => match.DocID;

        public override int NextDoc() => match.NextDoc();

        public override int Advance(int target) => match.Advance(target);

        public override float GetScore() => match.GetScore() + priorWeight * priors[match.DocID];

        public override int Freq => match.Freq;

        public override long GetCost() => match.GetCost();
    }
}
