using Lucene.Net.Codecs;
using Lucene.Net.Codecs.Compressing;
using Lucene.Net.Codecs.Lucene46;

namespace ArchiveSearch.Index.Store;

/// <summary>
/// Lucene's default codec with stored fields compressed by DEFLATE instead of LZ4. The stored text is Chinese:
/// three UTF-8 bytes a character with few repeats LZ4 can find, so LZ4 barely shrinks it while DEFLATE's entropy
/// coding does; stored text is most of the index. Reading a hit decompresses one small block, a few
/// microseconds per hit shown; matching and ranking never read stored fields.
/// </summary>
[CodecName(CodecId)]
public sealed class ArchiveCodec : FilterCodec
{
    public const string CodecId = "ArchiveSearch46";

    /// <summary>Bytes of documents compressed together: larger compresses better, and costs more to read one hit.</summary>
    public const int ChunkBytes = 1 << 14;

    private readonly StoredFieldsFormat storedFields = new CompressingStoredFieldsFormat("ArchiveStoredFields", CompressionMode.HIGH_COMPRESSION, ChunkBytes);

    public ArchiveCodec()
        : base(new Lucene46Codec())
    {
    }

    public override StoredFieldsFormat StoredFieldsFormat => storedFields;

    /// <summary>
    /// Makes the codec known to Lucene's codec lookup, which segments written with it need to be read. Runs when
    /// this assembly is first used, before any index of the archive is opened.
    /// </summary>
    [System.Runtime.CompilerServices.ModuleInitializer]
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Usage", "CA2255", Justification = "Every reader of an archive index needs the codec, also one opened without ArchiveIndex (checks, tools).")]
    internal static void Register() =>
        Codec.SetCodecFactory(new DefaultCodecFactory { CustomCodecTypes = [typeof(ArchiveCodec)] });
}
