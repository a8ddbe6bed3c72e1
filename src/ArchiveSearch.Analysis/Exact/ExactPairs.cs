namespace ArchiveSearch.Analysis.Exact;

/// <summary>
/// The adjacent pairs of the exact-match sequence (see <see cref="ExactGrams"/>), indexed per article without
/// positions: a string of two units (two characters, the commonest length of a Chinese word) is one pair term,
/// one posting list, where its phrase would walk the postings and positions of both characters.
/// </summary>
public static class ExactPairs
{
    /// <summary>The term of two adjacent units: their texts one after the other (each is one code point or <see cref="ExactGrams.Space"/>).</summary>
    public static string Term(ExactGram first, ExactGram second) => first.Text + second.Text;
}
