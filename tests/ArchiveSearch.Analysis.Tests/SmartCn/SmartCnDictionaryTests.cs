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
    public void Stop_words_are_the_punctuation_of_the_jar()
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
    public void Shared_instance_is_loaded_once_per_path() =>
        Assert.Same(SmartCnDictionary.GetShared(), SmartCnDictionary.GetShared(SmartCnDictionary.DefaultJarPath));

    [Fact]
    public void Missing_jar_says_what_to_install_and_what_to_configure()
    {
        var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"), "lucene-analyzers-smartcn-4.10.4.jar");

        var error = Assert.Throws<SmartCnDictionaryException>(() => SmartCnDictionary.GetShared(path));

        Assert.Contains("apt-get install liblucene4.10-java", error.Message);
        Assert.Contains("SmartCnOptions.JarPath", error.Message);
        Assert.Contains(path, error.Message);
        Assert.Equal(path, error.JarPath);
    }

    [Fact]
    public void Corrupt_jar_is_reported_the_same_way()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "not a zip");
            var error = Assert.Throws<SmartCnDictionaryException>(() => SmartCnDictionary.Load(path));
            Assert.Contains("apt-get install liblucene4.10-java", error.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
