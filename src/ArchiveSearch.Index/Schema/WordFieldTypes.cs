using Lucene.Net.Documents;
using Lucene.Net.Index;

namespace ArchiveSearch.Index.Schema;

/// <summary>
/// How the SmartCN word fields are indexed. They only rank (matching is the exact fields' job, which keep the
/// positions), so they keep term frequencies and norms for BM25 but no positions.
/// </summary>
internal static class WordFieldTypes
{
    /// <summary>Title, subtitle, byline, body: stored for display, ranked by BM25.</summary>
    public static readonly FieldType Stored = Freeze(new FieldType
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
