namespace ArchiveSearch.Analysis.SmartCn;

/// <summary>
/// Reads text in buffers of 1,024 UTF-16 units, as the reference tokenizer does. A full buffer is cut after its
/// last line break and the rest carried over, so that sentence splitting never sees half a sentence at a cut;
/// a full buffer without line breaks is used whole (long unbroken text is split every 1,024 units).
/// </summary>
public sealed class ChunkReader
{
    public const int BufferSize = 1024;

    private readonly char[] _buffer = new char[BufferSize];
    private int _length;  // units in the buffer
    private int _usable;  // units handed out as the current chunk

    /// <summary>The current chunk.</summary>
    public ReadOnlySpan<char> Chunk => _buffer.AsSpan(0, _usable);

    /// <summary>Offset of the current chunk in the whole text.</summary>
    public int Offset { get; private set; }

    /// <summary>Offset just past the text read so far (the final offset once the reader is exhausted).</summary>
    public int EndOffset => Offset + _length;

    public void Reset()
    {
        _length = _usable = 0;
        Offset = 0;
    }

    /// <summary>Moves to the next chunk; false when the text is exhausted.</summary>
    public bool Refill(TextReader reader)
    {
        Offset += _usable;
        var leftover = _length - _usable;
        Array.Copy(_buffer, _usable, _buffer, 0, leftover);
        var requested = BufferSize - leftover;
        var returned = ReadFully(reader, leftover, requested);
        _length = leftover + returned;
        // Like the reference, a buffer filled exactly is cut even if the text happens to end there.
        _usable = returned < requested ? _length : SafeEnd();
        return _length > 0;
    }

    private int SafeEnd()
    {
        for (var i = _length - 1; i >= 0; i--)
        {
            if (_buffer[i] is '\r' or '\n' or '\u0085' or '\u2028' or '\u2029') return i + 1;
        }

        return _length;
    }

    private int ReadFully(TextReader reader, int at, int count)
    {
        var total = 0;
        while (total < count)
        {
            var read = reader.Read(_buffer, at + total, count - total);
            if (read <= 0) break;
            total += read;
        }

        return total;
    }
}
