using System.Buffers.Binary;
using System.Runtime.CompilerServices;

namespace ArchiveSearch.Analysis.SmartCn;

/// <summary>
/// Reads the <c>.mem</c> dictionaries as Lucene.Net.Analysis.SmartCn stores them (written by .NET's
/// <c>BinaryWriter</c>): little-endian integers; each array is its length as an int32 (-1 for a null array)
/// followed by its elements; a char is written as its UTF-8 encoding. Anything else is rejected as corrupt
/// input, so an unexpected file never yields half-read tables. Its loops run once, at start-up, so they are
/// compiled optimised at once (<see cref="MethodImplOptions.AggressiveOptimization"/>) rather than first run unoptimised.
/// </summary>
public sealed class MemFileReader
{
    private readonly byte[] _data;
    private int _pos;

    public MemFileReader(byte[] data) => _data = data;

    /// <summary>True when every byte has been consumed.</summary>
    public bool AtEnd => _pos == _data.Length;

    /// <summary>Reads the four tables of <c>coredict.mem</c>.</summary>
    public static CoreDictionaryTables ReadCore(byte[] data)
    {
        var reader = new MemFileReader(data);
        var rowOfSlot = reader.ReadInt16Array() ?? throw new InvalidDataException("coredict.mem: the slot table is null");
        var charOfSlot = reader.ReadCharArray() ?? throw new InvalidDataException("coredict.mem: the character table is null");
        var words = reader.ReadNested(static r => r.ReadNested(static r2 => r2.ReadCharArray())) ?? throw new InvalidDataException("coredict.mem: the word table is null");
        var frequencies = reader.ReadNested(static r => r.ReadInt32Array()) ?? throw new InvalidDataException("coredict.mem: the frequency table is null");
        reader.ExpectEnd("coredict.mem");
        return new CoreDictionaryTables(rowOfSlot, charOfSlot, words, frequencies);
    }

    /// <summary>Reads the two tables of <c>bigramdict.mem</c>.</summary>
    public static BigramDictionaryTables ReadBigrams(byte[] data)
    {
        var reader = new MemFileReader(data);
        var hashes = reader.ReadInt64Array() ?? throw new InvalidDataException("bigramdict.mem: the hash table is null");
        var frequencies = reader.ReadInt32Array() ?? throw new InvalidDataException("bigramdict.mem: the frequency table is null");
        reader.ExpectEnd("bigramdict.mem");
        return new BigramDictionaryTables(hashes, frequencies);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public short[]? ReadInt16Array()
    {
        var length = ReadLength(2);
        if (length < 0) return null;
        var span = Take(length * 2);
        var result = new short[length];
        for (var i = 0; i < length; i++) result[i] = BinaryPrimitives.ReadInt16LittleEndian(span[(2 * i)..]);
        return result;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int[]? ReadInt32Array()
    {
        var length = ReadLength(4);
        if (length < 0) return null;
        var span = Take(length * 4);
        var result = new int[length];
        for (var i = 0; i < length; i++) result[i] = BinaryPrimitives.ReadInt32LittleEndian(span[(4 * i)..]);
        return result;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public long[]? ReadInt64Array()
    {
        var length = ReadLength(8);
        if (length < 0) return null;
        var span = Take(length * 8);
        var result = new long[length];
        for (var i = 0; i < length; i++) result[i] = BinaryPrimitives.ReadInt64LittleEndian(span[(8 * i)..]);
        return result;
    }

    /// <summary>A char array whose chars are each UTF-8 encoded (one to three bytes: a lone char is never a surrogate pair).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public char[]? ReadCharArray()
    {
        var length = ReadLength(1);
        if (length < 0) return null;
        var result = new char[length];
        for (var i = 0; i < length; i++)
        {
            var b = ReadByte();
            if (b < 0x80)
            {
                result[i] = (char)b;
            }
            else if ((b & 0xE0) == 0xC0)
            {
                result[i] = (char)(((b & 0x1F) << 6) | Continuation());
            }
            else if ((b & 0xF0) == 0xE0)
            {
                var high = Continuation();
                result[i] = (char)(((b & 0x0F) << 12) | (high << 6) | Continuation());
            }
            else
            {
                throw new InvalidDataException($"byte 0x{b:X2} at {_pos - 1} does not start a UTF-8 encoded char");
            }
        }

        return result;
    }

    private T[]? ReadNested<T>(Func<MemFileReader, T> readElement)
    {
        var length = ReadLength(4);
        if (length < 0) return null;
        var result = new T[length];
        for (var i = 0; i < length; i++) result[i] = readElement(this);
        return result;
    }

    // An array length: -1 is null; anything else must fit in the bytes left (each element takes at least minWidth bytes).
    private int ReadLength(int minWidth)
    {
        var length = BinaryPrimitives.ReadInt32LittleEndian(Take(4));
        if (length < -1) throw new InvalidDataException($"negative array length {length} at byte {_pos - 4}");
        if ((long)length * minWidth > _data.Length - _pos) throw new InvalidDataException($"array of {length} at byte {_pos - 4} runs past the end");
        return length;
    }

    private int Continuation()
    {
        var b = ReadByte();
        if ((b & 0xC0) != 0x80) throw new InvalidDataException($"byte 0x{b:X2} at {_pos - 1} is not a UTF-8 continuation byte");
        return b & 0x3F;
    }

    private void ExpectEnd(string name)
    {
        if (!AtEnd) throw new InvalidDataException($"{name} has {_data.Length - _pos} bytes of trailing data");
    }

    private byte ReadByte() => _pos < _data.Length ? _data[_pos++] : throw new InvalidDataException("unexpected end of data");

    private ReadOnlySpan<byte> Take(int count)
    {
        if (count > _data.Length - _pos) throw new InvalidDataException("unexpected end of data");
        var span = _data.AsSpan(_pos, count);
        _pos += count;
        return span;
    }
}
