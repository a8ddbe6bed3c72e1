using Lucene.Net.Documents;
using Lucene.Net.Index;

namespace ArchiveSearch.Index.Schema;

/// <summary>
/// How the text fields are indexed. The exact-match fields decide whether an article matches (their queries score as
/// constants), so they keep positions for phrases but no norms, offsets or term vectors. The SmartCN word fields only
/// rank, so they keep term frequencies and norms for BM25 but no positions.
/// </summary>
internal static class FieldTypes
{
    /// <summary>The exact-match characters (see <see cref="ExactField"/>).</summary>
    public static readonly FieldType ExactCharacters = Freeze(new FieldType
    {
        IsIndexed = true,
        IsTokenized = true,
        OmitNorms = true,
        IndexOptions = IndexOptions.DOCS_AND_FREQS_AND_POSITIONS,
    });

    /// <summary>
    /// The adjacent pairs of the exact-match units (see <see cref="ExactField.Pairs"/>): asked only whether an article
    /// holds a pair, so no frequencies or positions.
    /// </summary>
    public static readonly FieldType ExactPairs = Freeze(new FieldType
    {
        IsIndexed = true,
        IsTokenized = true,
        OmitNorms = true,
        IndexOptions = IndexOptions.DOCS_ONLY,
    });

    /// <summary>Title, subtitle, byline, body as words: stored for display, ranked by BM25.</summary>
    public static readonly FieldType StoredWords = Freeze(new FieldType
    {
        IsIndexed = true,
        IsTokenized = true,
        IsStored = true,
        IndexOptions = IndexOptions.DOCS_AND_FREQS,
    });

    /// <summary>The lead: which words open the body, asked only whether a word is there.</summary>
    public static readonly FieldType Lead = Freeze(new FieldType
    {
        IsIndexed = true,
        IsTokenized = true,
        OmitNorms = true,
        IndexOptions = IndexOptions.DOCS_ONLY,
    });

    private static FieldType Freeze(FieldType type)
    {
        type.Freeze();
        return type;
    }
}
