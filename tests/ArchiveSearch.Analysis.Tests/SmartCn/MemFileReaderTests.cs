using System.Text;
using ArchiveSearch.Analysis.SmartCn;

namespace ArchiveSearch.Analysis.Tests.SmartCn;

public sealed class MemFileReaderTests
{
    // The package's files were written by .NET's BinaryWriter; the same writer makes the specimens here.
    private static byte[] Write(Action<BinaryWriter> write)
    {
        using var memory = new MemoryStream();
        using (var writer = new BinaryWriter(memory, Encoding.UTF8)) write(writer);
        return memory.ToArray();
    }

    private static void WriteChars(BinaryWriter writer, string? text)
    {
        if (text is null)
        {
            writer.Write(-1);
            return;
        }

        writer.Write(text.Length);
        foreach (var c in text) writer.Write(c);
    }

    [Fact]
    public void Reads_little_endian_arrays_and_chars_of_one_to_three_utf8_bytes()
    {
        var data = Write(w =>
        {
            w.Write(2); w.Write((short)1); w.Write((short)-1);
            WriteChars(w, "a\u00e9中\0");
            w.Write(1); w.Write(65_536);
            w.Write(1); w.Write(long.MinValue + 1);
        });

        var reader = new MemFileReader(data);

        Assert.Equal(new short[] { 1, -1 }, reader.ReadInt16Array());
        Assert.Equal("a\u00e9中\0", new string(reader.ReadCharArray()));
        Assert.Equal(new[] { 65_536 }, reader.ReadInt32Array());
        Assert.Equal(new[] { long.MinValue + 1 }, reader.ReadInt64Array());
        Assert.True(reader.AtEnd);
    }

    [Fact]
    public void Reads_core_tables_with_null_rows_and_null_entries()
    {
        var data = Write(w =>
        {
            w.Write(1); w.Write((short)0);
            WriteChars(w, "中");
            w.Write(2);                      // rows
            w.Write(2); WriteChars(w, null); WriteChars(w, "国");
            w.Write(-1);                     // a row that is null
            w.Write(2);                      // frequency rows
            w.Write(2); w.Write(7); w.Write(9);
            w.Write(-1);
        });

        var tables = MemFileReader.ReadCore(data);

        Assert.Equal("中", new string(tables.CharOfSlot));
        Assert.Null(tables.Words[0]![0]);
        Assert.Equal("国", new string(tables.Words[0]![1]));
        Assert.Null(tables.Words[1]);
        Assert.Equal(new[] { 7, 9 }, tables.Frequencies[0]);
        Assert.Null(tables.Frequencies[1]);
    }

    [Fact]
    public void Truncated_data_is_rejected()
    {
        var data = Write(w => { w.Write(3); w.Write(1L); w.Write(2L); });
        Assert.Throws<InvalidDataException>(() => MemFileReader.ReadBigrams(data));
    }

    [Fact]
    public void Trailing_data_is_rejected()
    {
        var data = Write(w => { w.Write(1); w.Write(5L); w.Write(1); w.Write(3); w.Write((byte)0); });
        var error = Assert.Throws<InvalidDataException>(() => MemFileReader.ReadBigrams(data));
        Assert.Contains("trailing", error.Message);
    }

    [Fact]
    public void A_char_that_is_not_utf8_is_rejected()
    {
        byte[] data = [1, 0, 0, 0, 0xFF];
        Assert.Throws<InvalidDataException>(() => new MemFileReader(data).ReadCharArray());
    }
}
