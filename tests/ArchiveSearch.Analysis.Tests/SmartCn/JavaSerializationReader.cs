using System.Buffers.Binary;
using System.Text;

namespace ArchiveSearch.Analysis.Tests.SmartCn;

/// <summary>
/// Reads the subset of the Java object serialization protocol used by the Java smartcn jar's <c>.mem</c> files
/// (top-level arrays of primitives and arrays of arrays), so that tests can compare the jar's tables with the
/// package's. Anything else is rejected as corrupt input,
/// so an unexpected file never yields half-read data.
/// </summary>
internal sealed class JavaSerializationReader
{
    private const byte TcNull = 0x70, TcReference = 0x71, TcClassDesc = 0x72, TcEndBlockData = 0x78, TcArray = 0x75;
    private const int BaseHandle = 0x7E0000;

    private readonly byte[] _data;
    private int _pos;
    // Handles are shared by class descriptors and arrays; class descriptors are kept as their names.
    private readonly List<object> _handles = new();

    public JavaSerializationReader(byte[] data)
    {
        _data = data;
        if (data.Length < 4 || data[0] != 0xAC || data[1] != 0xED || data[2] != 0x00 || data[3] != 0x05)
            throw new InvalidDataException("not a Java serialization stream (bad magic)");
        _pos = 4;
    }

    /// <summary>True when every byte of the stream has been consumed.</summary>
    public bool AtEnd => _pos == _data.Length;

    /// <summary>Reads the next top-level object, which must be an array.</summary>
    public T ReadArray<T>() where T : class
    {
        var value = ReadContent();
        return value as T ?? throw new InvalidDataException(
            $"expected {typeof(T).Name} at byte {_pos}, found {value?.GetType().Name ?? "null"}");
    }

    private object? ReadContent()
    {
        var tag = ReadByte();
        switch (tag)
        {
            case TcNull: return null;
            case TcReference: return Handle(ReadInt32());
            case TcArray: return ReadArrayBody();
            default: throw new InvalidDataException($"unsupported serialization tag 0x{tag:X2} at byte {_pos - 1}");
        }
    }

    private object Handle(int handle)
    {
        var index = handle - BaseHandle;
        if (index < 0 || index >= _handles.Count) throw new InvalidDataException($"dangling handle 0x{handle:X}");
        return _handles[index];
    }

    private string ReadClassDescriptor()
    {
        var tag = ReadByte();
        if (tag == TcReference)
            return Handle(ReadInt32()) as string ?? throw new InvalidDataException("handle is not a class descriptor");
        if (tag != TcClassDesc) throw new InvalidDataException($"expected class descriptor, found 0x{tag:X2}");
        var nameLength = ReadUInt16();
        var name = Encoding.UTF8.GetString(Take(nameLength));
        Take(8); // serialVersionUID: irrelevant for arrays
        Take(1); // flags
        if (ReadUInt16() != 0) throw new InvalidDataException($"class {name} has fields; only arrays are supported");
        if (ReadByte() != TcEndBlockData) throw new InvalidDataException($"class {name} has annotations");
        if (ReadByte() != TcNull) throw new InvalidDataException($"class {name} has a superclass");
        _handles.Add(name);
        return name;
    }

    private object ReadArrayBody()
    {
        var type = ReadClassDescriptor();
        var length = ReadInt32();
        if (length < 0) throw new InvalidDataException("negative array length");
        var handleIndex = _handles.Count;
        _handles.Add(null!); // reserve: the array's handle precedes its elements
        object array = type switch
        {
            "[S" => ReadPrimitives(length, 2, static (s, n) => { var a = new short[n]; for (var i = 0; i < n; i++) a[i] = BinaryPrimitives.ReadInt16BigEndian(s[(2 * i)..]); return a; }),
            "[C" => ReadPrimitives(length, 2, static (s, n) => { var a = new char[n]; for (var i = 0; i < n; i++) a[i] = (char)BinaryPrimitives.ReadUInt16BigEndian(s[(2 * i)..]); return a; }),
            "[I" => ReadPrimitives(length, 4, static (s, n) => { var a = new int[n]; for (var i = 0; i < n; i++) a[i] = BinaryPrimitives.ReadInt32BigEndian(s[(4 * i)..]); return a; }),
            "[J" => ReadPrimitives(length, 8, static (s, n) => { var a = new long[n]; for (var i = 0; i < n; i++) a[i] = BinaryPrimitives.ReadInt64BigEndian(s[(8 * i)..]); return a; }),
            _ when type.StartsWith("[[", StringComparison.Ordinal) => ReadNested(type, length),
            _ => throw new InvalidDataException($"unsupported array type {type}"),
        };
        _handles[handleIndex] = array;
        return array;
    }

    private delegate object Decode(ReadOnlySpan<byte> bytes, int count);

    private object ReadPrimitives(int length, int width, Decode decode)
    {
        if ((long)length * width > _data.Length - _pos) throw new InvalidDataException("array runs past the end of the stream");
        var result = decode(_data.AsSpan(_pos, length * width), length);
        _pos += length * width;
        return result;
    }

    private object ReadNested(string type, int length)
    {
        // Element arrays are typed by the descriptor's remaining dimensions: [[C -> char[][], [[[C -> char[][][].
        var element = type[1..];
        Array result = element switch
        {
            "[C" => new char[length][],
            "[I" => new int[length][],
            "[S" => new short[length][],
            "[J" => new long[length][],
            "[[C" => new char[length][][],
            _ => throw new InvalidDataException($"unsupported array type {type}"),
        };
        for (var i = 0; i < length; i++)
        {
            var item = ReadContent();
            if (item is not null && item.GetType() != result.GetType().GetElementType())
                throw new InvalidDataException($"element of {type} has type {item.GetType().Name}");
            result.SetValue(item, i);
        }

        return result;
    }

    private byte ReadByte() => _pos < _data.Length ? _data[_pos++] : throw new InvalidDataException("unexpected end of stream");

    private ushort ReadUInt16() => BinaryPrimitives.ReadUInt16BigEndian(Take(2));

    private int ReadInt32() => BinaryPrimitives.ReadInt32BigEndian(Take(4));

    private ReadOnlySpan<byte> Take(int count)
    {
        if (count > _data.Length - _pos) throw new InvalidDataException("unexpected end of stream");
        var span = _data.AsSpan(_pos, count);
        _pos += count;
        return span;
    }
}
