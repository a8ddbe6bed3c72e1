using ArchiveSearch.Analysis.SmartCn;

namespace ArchiveSearch.Analysis.Tests.SmartCn;

public sealed class JavaGb2312DecodingTests
{
    [Theory]
    [InlineData('\u00B7', '\u30FB')] // rule 1: GB2312 A1A4
    [InlineData('\u2014', '\u2015')] // rule 2: GB2312 A1AA
    [InlineData('镕', '\uFFFD')]     // rule 3: a GBK extension
    [InlineData('豊', '\uFFFD')]
    [InlineData('\uE810', '\uFFFD')] // rule 3: GBK's user-defined area
    [InlineData('中', '中')]          // GB2312 characters stay
    [InlineData('－', '－')]
    [InlineData('#', '#')]
    public void Characters_become_what_javas_gb2312_decoder_gives(char package, char java) =>
        Assert.Equal(java, JavaGb2312Decoding.ToJava(package));

    [Fact]
    public void A_changed_word_moves_to_its_place_in_the_sorted_row_and_is_reported()
    {
        // Row 0 is 朱: 朱镕基 sorts before 朱门 in the package; as 朱\uFFFD基 it sorts after it.
        var package = new CoreDictionaryTables([0], ['朱'], [[null, "镕基".ToCharArray(), "门".ToCharArray()]], [[5, 7, 9]]);
        var changed = new Dictionary<string, string>();

        var java = JavaGb2312Decoding.RestoreCore(package, changed);

        Assert.Equal(["", "门", "\uFFFD基"], java.Words[0]!.Select(w => new string(w ?? [])));
        Assert.Equal([5, 9, 7], java.Frequencies[0]!);
        Assert.Equal("朱\uFFFD基", Assert.Single(changed).Value);
    }

    [Fact]
    public void Two_rows_whose_characters_become_one_keep_the_later_row()
    {
        var package = new CoreDictionaryTables([1, 0], ['\uE811', '\uE810'], [[null], [null]], [[1], [2]]);

        var java = JavaGb2312Decoding.RestoreCore(package, new Dictionary<string, string>());

        Assert.Equal(1, Assert.Single(java.RowsByCharacter(), r => r.Key == '\uFFFD').Value);
    }

    [Fact]
    public void A_word_pair_with_a_changed_word_is_keyed_by_the_hash_of_its_java_text()
    {
        static long Hash(string pair) => (long)Fnv64.Append(Fnv64.Offset, pair);
        var package = new BigramDictionaryTables([Hash("朱镕基@总理"), Hash("总理@朱镕基"), Hash("总理@说")], [3, 4, 5]);
        var changed = new Dictionary<string, string> { ["朱镕基"] = "朱\uFFFD基" };

        var java = JavaGb2312Decoding.RestoreBigrams(package, ["朱镕基", "总理", "说"], changed);

        Assert.Equal([Hash("朱\uFFFD基@总理"), Hash("总理@朱\uFFFD基"), Hash("总理@说")], java.Hashes);
        Assert.Equal([3, 4, 5], java.Frequencies);
    }
}
