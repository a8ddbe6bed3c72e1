using ArchiveSearch.Analysis.SmartCn;

namespace ArchiveSearch.Analysis.Tests.SmartCn;

public sealed class SmartCnDictionaryTests
{
    [Fact]
    public void Word_dictionary_has_the_documented_size()
    {
        var words = TestDictionary.Instance.Words;
        Assert.Equal(6_704, words.CharacterCount);
        Assert.Equal(85_607, words.WordCount);
    }

    [Fact]
    public void Bigram_dictionary_has_the_documented_size() =>
        Assert.Equal(328_856, TestDictionary.Instance.Bigrams.Count);

    [Fact]
    public void Word_frequencies_come_from_the_dictionary()
    {
        var words = TestDictionary.Instance.Words;
        Assert.Equal(23_299, words.Frequency("这"));
        Assert.Equal(949, words.Frequency("这次"));
        Assert.Equal(329_805, words.Frequency("始##始"));
        Assert.Equal(0, words.Frequency("这次升旗"));
        Assert.Equal(0, words.Frequency("😀"));
    }

    [Fact]
    public void Bigram_frequencies_are_found_by_the_hash_of_left_at_right()
    {
        var bigrams = TestDictionary.Instance.Bigrams;
        Assert.Equal(6_725, bigrams.Frequency("始##始", "这"));
        Assert.Equal(1_308, bigrams.Frequency("这", "次"));
        Assert.Equal(0, bigrams.Frequency("这次", "末##末"));
    }

    [Fact]
    public void Trie_agrees_with_the_binary_searches_of_the_reference()
    {
        var words = TestDictionary.Instance.Words;
        foreach (var word in new[] { "中华人民共和国", "中国", "这次升旗", "末##末", "一" })
        {
            var row = words.RowOf(word[0]);
            var node = words.TrieRoot(word[0]);
            var found = words.PrefixMatch(row, word[..1], 0);
            for (var length = 1; length <= word.Length && found >= 0; length++)
            {
                Assert.True(node >= 0, $"{word[..length]}: trie lost a prefix the binary search finds");
                Assert.Equal(words.IsEntry(row, found, word[..length]), words.TrieFrequency(node) >= 0);
                if (length == word.Length) break;
                found = words.PrefixMatch(row, word[..(length + 1)], found);
                node = words.TrieChild(node, word[length]);
                Assert.Equal(found >= 0, node >= 0);
            }
        }
    }

    [Fact]
    public void Stop_words_are_the_punctuation_the_package_ships()
    {
        var stopWords = TestDictionary.Instance.StopWords;
        Assert.Contains(",", stopWords);
        Assert.Contains("。", stopWords);
        Assert.Contains("\u3000", stopWords); // trimmed like Java's String.trim, which keeps U+3000
        Assert.DoesNotContain(stopWords, w => w.StartsWith("//", StringComparison.Ordinal));
    }

    [Fact]
    public void Stop_word_lines_are_trimmed_and_comments_dropped() =>
        Assert.Equal([",", "。", "\u3000"], SmartCnDictionary.ParseStopWords("// comment\n ,\t\r\n。\n\u3000\n\n"));

    [Fact]
    public void Shared_instance_is_loaded_once() =>
        Assert.Same(SmartCnDictionary.GetShared(), SmartCnDictionary.GetShared());

    [Fact]
    public void Dictionaries_come_from_the_lucene_net_package() =>
        Assert.StartsWith("Lucene.Net.Analysis.SmartCn 4.8.0", TestDictionary.Instance.Origin);

    [JarFact]
    public void Word_tables_from_the_package_equal_the_java_jars()
    {
        var package = SmartCnDictionary.ReadJavaTables().Core;
        var jar = JavaJar.ReadCore();

        // The hash's slot positions may differ (its characters were inserted in another order); what it maps may not.
        Assert.Equal(jar.RowsByCharacter(), package.RowsByCharacter());
        Assert.Equal(jar.Words.Length, package.Words.Length);
        for (var row = 0; row < jar.Words.Length; row++)
        {
            // Null rows and null entries are part of the tables: they must match as nulls, not as empties.
            Assert.Equal(jar.Words[row] is null, package.Words[row] is null);
            Assert.Equal(jar.Frequencies[row], package.Frequencies[row]);
            if (jar.Words[row] is not { } words) continue;
            Assert.Equal(words.Length, package.Words[row]!.Length);
            for (var k = 0; k < words.Length; k++)
                Assert.True(Equals(words[k], package.Words[row]![k]), $"row {row}, entry {k} differs");
        }

        static bool Equals(char[]? a, char[]? b) => a is null ? b is null : b is not null && a.AsSpan().SequenceEqual(b);
    }

    [JarFact]
    public void Bigram_tables_from_the_package_equal_the_java_jars()
    {
        static Dictionary<long, int> FrequencyByHash(BigramDictionaryTables tables) =>
            Enumerable.Range(0, tables.Hashes.Length).Where(i => tables.Hashes[i] != 0).ToDictionary(i => tables.Hashes[i], i => tables.Frequencies[i]);
        var package = FrequencyByHash(SmartCnDictionary.ReadJavaTables().Bigrams);
        var jar = FrequencyByHash(JavaJar.ReadBigrams());

        Assert.Equal(jar.Count, package.Count);
        Assert.DoesNotContain(jar, pair => package.GetValueOrDefault(pair.Key, -1) != pair.Value);
    }

    [JarFact]
    public void Without_the_decoding_rules_the_package_differs_from_the_java_jar()
    {
        // What the rules are for: the package's own characters give 朱镕基 where Java's tables hold 朱\uFFFD基.
        var raw = MemFileReader.ReadCore(SmartCnPackageResources.Read(SmartCnPackageResources.CoreDictionary)).AllWords();
        var jar = JavaJar.ReadCore().AllWords();

        Assert.Contains("朱镕基", raw);
        Assert.Contains("朱\uFFFD基", jar);
        Assert.Contains("朱\uFFFD基", SmartCnDictionary.ReadJavaTables().Core.AllWords());
    }

    [JarFact]
    public void Package_stop_words_equal_the_java_jars() =>
        Assert.Equal(SmartCnDictionary.ParseStopWords(JavaJar.ReadStopWords()), TestDictionary.Instance.StopWords);
}
