using ArchiveSearch.Analysis.SmartCn;

namespace ArchiveSearch.Analysis.Tests.SmartCn;

public sealed class ChunkReaderTests
{
    private static List<(int Offset, string Text)> Chunks(string text)
    {
        var reader = new ChunkReader();
        var result = new List<(int, string)>();
        using var input = new StringReader(text);
        while (reader.Refill(input)) result.Add((reader.Offset, reader.Chunk.ToString()));
        return result;
    }

    [Fact]
    public void Short_text_is_one_chunk() =>
        Assert.Equal([(0, "短文本\n")], Chunks("短文本\n"));

    [Fact]
    public void Text_without_line_breaks_is_cut_every_1024_units()
    {
        var chunks = Chunks(new string('字', 2500));
        Assert.Equal([0, 1024, 2048], chunks.Select(c => c.Offset));
        Assert.Equal([1024, 1024, 452], chunks.Select(c => c.Text.Length));
    }

    [Fact]
    public void Full_buffer_is_cut_after_its_last_line_break()
    {
        var text = new string('甲', 600) + "\n" + new string('乙', 300) + "\r" + new string('丙', 700);
        var chunks = Chunks(text);
        Assert.Equal(902, chunks[0].Text.Length);
        Assert.EndsWith("\r", chunks[0].Text);
        Assert.Equal((902, new string('丙', 700)), chunks[1]);
    }

    [Fact]
    public void Buffer_filled_exactly_is_cut_even_at_the_end_of_the_text()
    {
        var text = new string('甲', 500) + "\n" + new string('乙', 523);
        Assert.Equal(1024, text.Length);
        Assert.Equal([(0, text[..501]), (501, text[501..])], Chunks(text));
    }

    [Fact]
    public void Empty_text_has_no_chunks() => Assert.Empty(Chunks(""));
}
