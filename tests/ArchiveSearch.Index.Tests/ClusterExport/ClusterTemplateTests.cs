using System.Text.Json;
using ArchiveSearch.Analysis.Folding;
using ArchiveSearch.Index.ClusterExport;

namespace ArchiveSearch.Index.Tests.ClusterExport;

/// <summary>
/// The index template carries the archive's analysis to a cluster: script folding generated from the same table the
/// index uses (every fold for exact matching, traditional forms only for words), the exact chain of character pairs
/// with single characters kept, SmartCN words, and typed fields for filters and facets.
/// </summary>
public sealed class ClusterTemplateTests
{
    private static JsonElement Template()
    {
        using var stream = new MemoryStream();
        ClusterTemplate.Write(stream);
        return JsonDocument.Parse(stream.ToArray()).RootElement.Clone();
    }

    private static JsonElement Analysis => Template().GetProperty("template").GetProperty("settings").GetProperty("analysis");

    private static JsonElement Properties => Template().GetProperty("template").GetProperty("mappings").GetProperty("properties");

    private static List<string> Rules(string charFilter) =>
        Analysis.GetProperty("char_filter").GetProperty(charFilter).GetProperty("mappings").EnumerateArray().Select(r => r.GetString()!).ToList();

    [Fact]
    public void The_exact_fold_filter_has_one_rule_for_every_character_the_folding_table_changes()
    {
        var rules = Rules(ClusterTemplate.ScriptFoldFilter);
        var folded = Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Count(c => !char.IsSurrogate(c) && ScriptFolding.Fold(c) != c);

        Assert.Equal(folded, rules.Count);
        Assert.True(rules.Count > 2500, $"only {rules.Count} folds");
        Assert.Contains("發 => 发", rules);
        Assert.Contains("髮 => 发", rules);
        Assert.All(rules, rule => Assert.Matches(@"^\S => \S$", rule));
    }

    [Fact]
    public void Word_analysis_folds_only_traditional_forms_so_simplified_words_stay_as_SmartCN_cuts_them()
    {
        var words = Rules(ClusterTemplate.TraditionalFoldFilter);
        var exact = Rules(ClusterTemplate.ScriptFoldFilter);

        Assert.Contains("發 => 发", words);
        // 瞭 folds to 了 for matching (rule st), but is in simplified use itself: words leave it.
        Assert.Contains("瞭 => 了", exact);
        Assert.DoesNotContain("瞭 => 了", words);
        Assert.True(words.Count < exact.Count);
        Assert.Subset(exact.ToHashSet(), words.ToHashSet());
    }

    [Fact]
    public void The_exact_analyzer_is_the_standard_tokenizer_with_width_folding_lower_case_and_pairs_that_keep_single_characters()
    {
        var exact = Analysis.GetProperty("analyzer").GetProperty(ClusterTemplate.ExactAnalyzer);
        Assert.Equal("standard", exact.GetProperty("tokenizer").GetString());
        Assert.Equal([ClusterTemplate.ScriptFoldFilter], exact.GetProperty("char_filter").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["cjk_width", "lowercase", ClusterTemplate.BigramFilter], exact.GetProperty("filter").EnumerateArray().Select(e => e.GetString()));
        var bigrams = Analysis.GetProperty("filter").GetProperty(ClusterTemplate.BigramFilter);
        Assert.Equal("cjk_bigram", bigrams.GetProperty("type").GetString());
        Assert.True(bigrams.GetProperty("output_unigrams").GetBoolean());

        var words = Analysis.GetProperty("analyzer").GetProperty(ClusterTemplate.WordAnalyzer);
        Assert.Equal("smartcn_tokenizer", words.GetProperty("tokenizer").GetString());
        Assert.Equal(["porter_stem", "smartcn_stop"], words.GetProperty("filter").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void Text_fields_are_words_with_exact_subfields_and_metadata_fields_are_keywords_and_dates()
    {
        var properties = Properties;
        foreach (var field in new[] { ClusterFields.Byline, ClusterFields.Body })
        {
            Assert.Equal(ClusterTemplate.WordAnalyzer, properties.GetProperty(field).GetProperty("analyzer").GetString());
            Assert.Equal(ClusterTemplate.ExactAnalyzer, properties.GetProperty(field).GetProperty("fields").GetProperty("exact").GetProperty("analyzer").GetString());
        }

        Assert.Equal(ClusterTemplate.ExactAnalyzer, properties.GetProperty(ClusterFields.Headline).GetProperty("analyzer").GetString());
        foreach (var keyword in new[] { ClusterFields.Id, ClusterFields.Paper, ClusterFields.Page, ClusterFields.Kind })
            Assert.Equal("keyword", properties.GetProperty(keyword).GetProperty("type").GetString());
        Assert.Equal("keyword", properties.GetProperty(ClusterFields.Authors).GetProperty("properties").GetProperty("name").GetProperty("type").GetString());
        Assert.Equal("keyword", properties.GetProperty(ClusterFields.Cut).GetProperty("properties").GetProperty("verdict").GetProperty("type").GetString());
        Assert.Equal("date", properties.GetProperty(ClusterFields.Date).GetProperty("type").GetString());
        Assert.Equal("strict", Template().GetProperty("template").GetProperty("mappings").GetProperty("dynamic").GetString());
    }
}
