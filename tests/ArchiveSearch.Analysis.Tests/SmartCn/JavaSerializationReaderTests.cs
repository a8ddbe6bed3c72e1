using ArchiveSearch.Analysis.SmartCn;

namespace ArchiveSearch.Analysis.Tests.SmartCn;

public sealed class JavaSerializationReaderTests
{
    private static readonly byte[] Magic = [0xAC, 0xED, 0x00, 0x05];

    // A new class descriptor for an array type: name, serialVersionUID, flags, no fields, no annotations, no superclass.
    private static byte[] ClassDescriptor(string name) =>
        [0x72, 0x00, (byte)name.Length, .. System.Text.Encoding.ASCII.GetBytes(name), 1, 2, 3, 4, 5, 6, 7, 8, 0x02, 0x00, 0x00, 0x78, 0x70];

    private static byte[] Int32(int value) => [(byte)(value >> 24), (byte)(value >> 16), (byte)(value >> 8), (byte)value];

    [Fact]
    public void Reads_primitive_arrays_big_endian()
    {
        byte[] stream =
        [
            .. Magic,
            0x75, .. ClassDescriptor("[S"), .. Int32(2), 0x00, 0x01, 0xFF, 0xFF,
            0x75, .. ClassDescriptor("[C"), .. Int32(1), 0x4E, 0x2D,
            0x75, .. ClassDescriptor("[I"), .. Int32(1), 0x00, 0x01, 0x00, 0x00,
            0x75, .. ClassDescriptor("[J"), .. Int32(1), 0x80, 0, 0, 0, 0, 0, 0, 0x01,
        ];

        var reader = new JavaSerializationReader(stream);

        Assert.Equal(new short[] { 1, -1 }, reader.ReadArray<short[]>());
        Assert.Equal("中", new string(reader.ReadArray<char[]>()));
        Assert.Equal(new[] { 65536 }, reader.ReadArray<int[]>());
        Assert.Equal(new[] { long.MinValue + 1 }, reader.ReadArray<long[]>());
        Assert.True(reader.AtEnd);
    }

    [Fact]
    public void Reads_nested_arrays_with_nulls_and_class_back_references()
    {
        // char[][] { null, "ab", "c" }: the second element array refers back to the [C descriptor (handle 0x7E0002:
        // 0 = [[C descriptor, 1 = outer array, 2 = [C descriptor, 3 = first element array).
        byte[] stream =
        [
            .. Magic,
            0x75, .. ClassDescriptor("[[C"), .. Int32(3),
            0x70,
            0x75, .. ClassDescriptor("[C"), .. Int32(2), 0x00, 0x61, 0x00, 0x62,
            0x75, 0x71, .. Int32(0x7E0002), .. Int32(1), 0x00, 0x63,
        ];

        var reader = new JavaSerializationReader(stream);
        var words = reader.ReadArray<char[][]>();

        Assert.Null(words[0]);
        Assert.Equal("ab", new string(words[1]));
        Assert.Equal("c", new string(words[2]));
        Assert.True(reader.AtEnd);
    }

    [Fact]
    public void Rejects_a_stream_without_the_magic_number() =>
        Assert.Throws<InvalidDataException>(() => new JavaSerializationReader([0xCA, 0xFE, 0xBA, 0xBE]));

    [Fact]
    public void Rejects_objects_that_are_not_arrays()
    {
        var reader = new JavaSerializationReader([.. Magic, 0x73, 0x72]); // TC_OBJECT
        Assert.Throws<InvalidDataException>(() => reader.ReadArray<int[]>());
    }

    [Fact]
    public void Rejects_a_truncated_array()
    {
        var reader = new JavaSerializationReader([.. Magic, 0x75, .. ClassDescriptor("[I"), .. Int32(2), 0, 0, 0, 1]);
        Assert.Throws<InvalidDataException>(() => reader.ReadArray<int[]>());
    }
}
