using System.Buffers;
using System.Buffers.Binary;
using System.IO.Hashing;

namespace ArchiveSearch.Index.Store;

/// <summary>
/// Verifies a Lucene 4.8 index file against the CRC-32 in its footer: the last 16 bytes are a magic number, the
/// checksum algorithm (0) and the CRC-32 of every byte before the checksum itself, all big-endian. The same check as
/// Lucene's own <c>CodecUtil.ChecksumEntireFile</c>, read in large blocks with a vectorised CRC-32, several times faster,
/// which is what keeps a start-up check of a large archive within seconds.
/// </summary>
public static class FileChecksum
{
    private const int FooterMagic = ~0x3FD76C17;
    private const int FooterLength = 16;
    private const int BlockBytes = 1 << 20;

    /// <summary>Null when the file is whole and matches its checksum, otherwise what is wrong with it.</summary>
    public static string? Problem(string path)
    {
        using var file = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, FileOptions.SequentialScan);
        var length = RandomAccess.GetLength(file);
        if (length < FooterLength)
            return $"it is {length} bytes long, shorter than a footer (truncated?)";

        Span<byte> footer = stackalloc byte[FooterLength];
        RandomAccess.Read(file, footer, length - FooterLength);
        if (BinaryPrimitives.ReadInt32BigEndian(footer) != FooterMagic)
            return "its footer is missing (truncated or overwritten?)";
        if (BinaryPrimitives.ReadInt32BigEndian(footer[4..]) != 0)
            return "its footer names an unknown checksum algorithm";
        var expected = BinaryPrimitives.ReadInt64BigEndian(footer[8..]);

        var crc = new Crc32();
        var buffer = ArrayPool<byte>.Shared.Rent(BlockBytes);
        try
        {
            var covered = length - 8;
            for (long offset = 0; offset < covered;)
            {
                var read = RandomAccess.Read(file, buffer.AsSpan(0, (int)Math.Min(BlockBytes, covered - offset)), offset);
                if (read == 0)
                    return "it ended while being read";
                crc.Append(buffer.AsSpan(0, read));
                offset += read;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        var actual = (long)crc.GetCurrentHashAsUInt32();
        return actual == expected ? null : $"checksum failed (actual 0x{actual:x8}, expected 0x{expected:x8})";
    }
}
