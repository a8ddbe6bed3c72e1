using ArchiveSearch.Archive.Segmentation;

namespace ArchiveSearch.Archive.Tests.Segmentation;

/// <summary>The lines pass: one block per line, layout marks and repeated passages dropped, verse kept as stanzas.</summary>
public sealed class LineReadingPassTests
{
    [Fact]
    public void Each_line_becomes_a_block_at_its_place_in_the_page_without_continuation_notes()
    {
        var work = PassTesting.RunThrough("lines", "标题", "（上接第一版）正文第一段。");

        Assert.Equal(["标题", "正文第一段。"], work.Blocks.Select(b => b.Text));
        Assert.Equal([0, 4], work.Blocks.Select(b => b.Start));
        Assert.All(work.Blocks, b => Assert.Null(b.Rule));
    }

    [Fact]
    public void A_long_passage_printed_twice_is_read_once_and_the_drop_recorded()
    {
        const string passage = "今年以来，河口镇围绕特色农业做文章，蔬菜大棚面积扩大到三千亩。";

        var work = PassTesting.RunThrough("lines", passage, passage);

        Assert.Single(work.Blocks);
        Assert.Contains(work.Decisions, d => d.Rule == "repeated-passage");
    }

    [Fact]
    public void Short_lines_printed_together_are_one_stanza_decided_by_the_verse_rule()
    {
        var work = PassTesting.RunThrough("lines", "山那边是海\n海那边是家\n家里有灯火");

        var stanza = Assert.Single(work.Blocks);
        Assert.True(stanza.IsVerse);
        Assert.Equal("verse-stanza", stanza.Rule);
    }
}
