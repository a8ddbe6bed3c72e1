using Lucene.Net.Documents;
using Lucene.Net.Index;

namespace ArchiveSearch.Index.Schema;

/// <summary>
/// How the exact-match fields are indexed. They only decide whether an article matches (their queries score
/// as constants), so they keep positions for phrases but no norms, offsets or term vectors.
/// </summary>
internal static class ExactFieldTypes
{
    public static readonly FieldType Characters = Freeze(new FieldType
    {
        IsIndexed = true,
        IsTokenized = true,
        OmitNorms = true,
        IndexOptions = IndexOptions.DOCS_AND_FREQS_AND_POSITIONS,
    });

    private static FieldType Freeze(FieldType type)
    {
        type.Freeze();
        return type;
    }
}
