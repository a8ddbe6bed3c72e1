using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ArchiveSearch.Index.Search;

/// <summary>
/// A string of two units on an exact field: its pair term in a segment where every document with exact text has
/// pairs, the phrase of its two characters in any other. An index of an earlier pipeline version is indexed again
/// page by page while it serves, and its older documents have no pairs: without the phrase there, a two-character
/// string would miss them until their pages came round.
/// </summary>
public sealed class PairOrPhraseQuery(string characterField, TermQuery pair, PhraseQuery phrase) : Query
{
    public TermQuery Pair { get; } = pair;

    public PhraseQuery Phrase { get; } = phrase;

    /// <summary>
    /// True when the pair term answers for every document of the segment: each document holding a term of the
    /// character field also holds a pair (a document whose exact text is one unit has none, and sends its segment to
    /// the phrase, which is slower and as exact).
    /// </summary>
    public bool PairsCover(AtomicReader reader)
    {
        var characters = reader.GetTerms(characterField);
        if (characters is null)
            return true;
        var pairs = reader.GetTerms(Pair.Term.Field);
        return pairs is not null && characters.DocCount >= 0 && pairs.DocCount == characters.DocCount;
    }

    public override Weight CreateWeight(IndexSearcher searcher) =>
        new PairOrPhraseWeight(this, Pair.CreateWeight(searcher), Phrase.CreateWeight(searcher));

    public override void ExtractTerms(ISet<Term> terms) => Pair.ExtractTerms(terms);

    public override string ToString(string field) => Pair.ToString(field);

    public override bool Equals(object? obj) =>
        obj is PairOrPhraseQuery other && Boost == other.Boost && Pair.Equals(other.Pair) && Phrase.Equals(other.Phrase);

    public override int GetHashCode() => HashCode.Combine(Pair, Phrase, Boost);
}
