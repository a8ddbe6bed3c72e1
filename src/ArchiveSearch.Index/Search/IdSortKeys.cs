using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using ArchiveSearch.Index.Schema;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace ArchiveSearch.Index.Search;

/// <summary>
/// Each document's id as a number that sorts as the id does: its first 8 bytes, big-endian (0 for a document
/// without an id, which no id's bytes can be). Two ids with different numbers compare by their numbers alone;
/// only ids that share their first 8 bytes need their bytes compared. Ranking a window of thousands of hits then
/// compares numbers instead of looking strings up. Built once per segment (segments never change), 8 bytes a document.
/// </summary>
public sealed class IdSortKeys
{
    private static readonly ConditionalWeakTable<object, IdSortKeys> BySegment = new();

    public readonly ulong[] Keys;

    public static IdSortKeys For(AtomicReader segment) =>
        BySegment.GetValue(segment.CoreCacheKey, _ => new IdSortKeys(segment));

    private IdSortKeys(AtomicReader segment)
    {
        // Doc values instances belong to the thread that asked for them: used here, while building, and not kept.
        var ids = Ids(segment);
        Keys = new ulong[segment.MaxDoc];
        var id = new BytesRef();
        for (var doc = 0; doc < Keys.Length; doc++)
        {
            var ord = ids.GetOrd(doc);
            if (ord < 0)
                continue;
            ids.LookupOrd(ord, id);
            Keys[doc] = KeyOf(id);
        }
    }

    /// <summary>The segment's ids by ordinal, in byte order, for the calling thread.</summary>
    public static SortedDocValues Ids(AtomicReader segment) => FieldCache.DEFAULT.GetTermsIndex(segment, ArticleFields.Id);

    /// <summary>The first 8 bytes of the value, big-endian, padded with zeros.</summary>
    public static ulong KeyOf(BytesRef value)
    {
        Span<byte> head = stackalloc byte[8];
        value.Bytes.AsSpan(value.Offset, Math.Min(8, value.Length)).CopyTo(head);
        return BinaryPrimitives.ReadUInt64BigEndian(head);
    }
}
