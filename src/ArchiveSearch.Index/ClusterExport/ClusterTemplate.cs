using System.Text.Encodings.Web;
using System.Text.Json;
using ArchiveSearch.Analysis.Folding;

namespace ArchiveSearch.Index.ClusterExport;

/// <summary>
/// The index template a cluster (Elasticsearch 7.8 or later, OpenSearch) needs for the archive's items: analysis
/// settings and mappings. Word fields are cut by the <c>analysis-smartcn</c> plugin as the index cuts them (SmartCN,
/// Porter stemming of Latin words, SmartCN's stop words); exact fields are the cluster's standard form of exact
/// Chinese recall (standard tokenizer, width folding, lower case, overlapping character pairs with the single
/// characters kept), matched as phrases. Both read the text through the archive's own script folding, generated
/// here from the same table the index uses, so traditional and simplified print match alike on either side.
/// </summary>
public static class ClusterTemplate
{
    public const string WordAnalyzer = "archivesearch_words";
    public const string ExactAnalyzer = "archivesearch_exact";

    /// <summary>Every fold of the table (rules ts and st), as exact matching folds.</summary>
    public const string ScriptFoldFilter = "archivesearch_fold_scripts";

    /// <summary>Only folds of traditional forms (rule ts), as word analysis folds: simplified words stay as SmartCN cuts them.</summary>
    public const string TraditionalFoldFilter = "archivesearch_fold_traditional";

    public const string BigramFilter = "archivesearch_bigrams";

    /// <summary>Index names the template applies to: the archive's versions behind one alias (archivesearch-1, archivesearch-2 …).</summary>
    public const string IndexPattern = "archivesearch-*";

    public static readonly JsonWriterOptions WriterOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The folds of one rule set as <c>mapping</c> char filter rules (<c>發 => 发</c>), in code order.</summary>
    public static IReadOnlyList<string> MappingRules(Func<char, char> fold)
    {
        var rules = new List<string>();
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var from = (char)c;
            if (char.IsSurrogate(from))
                continue;
            var to = fold(from);
            if (to != from)
                rules.Add($"{from} => {to}");
        }

        return rules;
    }

    public static void Write(Stream stream)
    {
        using var json = new Utf8JsonWriter(stream, WriterOptions);
        json.WriteStartObject();
        json.WriteStartArray("index_patterns");
        json.WriteStringValue(IndexPattern);
        json.WriteEndArray();
        json.WriteStartObject("template");
        WriteSettings(json);
        WriteMappings(json);
        json.WriteEndObject();
        json.WriteStartObject("_meta");
        json.WriteString("description", "ArchiveSearch items: SmartCN words, exact recall by character pairs, traditional script folded to simplified");
        json.WriteNumber("script_folds", ScriptFolding.Count);
        // What a client of the cluster matches a typed string on (as the index's own exact fields): the text, and credits for author:.
        json.WriteString("exact_analyzer", ExactAnalyzer);
        WriteList(json, "exact_text_fields", ClusterFields.ExactText);
        WriteList(json, "exact_author_fields", ClusterFields.ExactAuthor);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteList(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
            json.WriteStringValue(value);
        json.WriteEndArray();
    }

    private static void WriteSettings(Utf8JsonWriter json)
    {
        json.WriteStartObject("settings");
        json.WriteStartObject("analysis");

        json.WriteStartObject("char_filter");
        WriteMapping(json, ScriptFoldFilter, ScriptFolding.Fold);
        WriteMapping(json, TraditionalFoldFilter, ScriptFolding.FoldTraditional);
        json.WriteEndObject();

        json.WriteStartObject("filter");
        json.WriteStartObject(BigramFilter);
        json.WriteString("type", "cjk_bigram");
        json.WriteBoolean("output_unigrams", true);
        json.WriteEndObject();
        json.WriteEndObject();

        json.WriteStartObject("analyzer");
        // The plugin's smartcn analyzer rebuilt as a custom one, so the folding can go first.
        WriteAnalyzer(json, WordAnalyzer, TraditionalFoldFilter, "smartcn_tokenizer", ["porter_stem", "smartcn_stop"]);
        WriteAnalyzer(json, ExactAnalyzer, ScriptFoldFilter, "standard", ["cjk_width", "lowercase", BigramFilter]);
        json.WriteEndObject();

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteMapping(Utf8JsonWriter json, string name, Func<char, char> fold)
    {
        json.WriteStartObject(name);
        json.WriteString("type", "mapping");
        json.WriteStartArray("mappings");
        foreach (var rule in MappingRules(fold))
            json.WriteStringValue(rule);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteAnalyzer(Utf8JsonWriter json, string name, string charFilter, string tokenizer, string[] filters)
    {
        json.WriteStartObject(name);
        json.WriteString("type", "custom");
        json.WriteStartArray("char_filter");
        json.WriteStringValue(charFilter);
        json.WriteEndArray();
        json.WriteString("tokenizer", tokenizer);
        json.WriteStartArray("filter");
        foreach (var filter in filters)
            json.WriteStringValue(filter);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteMappings(Utf8JsonWriter json)
    {
        json.WriteStartObject("mappings");
        // A field the template does not name is refused, not guessed.
        json.WriteString("dynamic", "strict");
        json.WriteStartObject("properties");
        Keyword(json, ClusterFields.Id);
        Stored(json, ClusterFields.Url);
        Keyword(json, ClusterFields.PageId);
        Keyword(json, ClusterFields.PageKey);
        Typed(json, ClusterFields.Ordinal, "integer");
        Keyword(json, ClusterFields.Kind);
        Words(json, ClusterFields.Title, exactSubfield: false);
        Stored(json, ClusterFields.Label);
        Words(json, ClusterFields.Subtitle, exactSubfield: false);
        Words(json, ClusterFields.Byline, exactSubfield: true);
        Words(json, ClusterFields.Body, exactSubfield: true);
        Stored(json, ClusterFields.Headings);
        json.WriteStartObject(ClusterFields.Headline);
        json.WriteString("type", "text");
        json.WriteString("analyzer", ExactAnalyzer);
        json.WriteEndObject();

        json.WriteStartObject(ClusterFields.Authors);
        json.WriteStartObject("properties");
        json.WriteStartObject(ClusterFields.AuthorName);
        json.WriteString("type", "keyword");
        ExactSubfield(json);
        json.WriteEndObject();
        Keyword(json, ClusterFields.AuthorRole);
        json.WriteEndObject();
        json.WriteEndObject();

        Keyword(json, ClusterFields.Paper);
        json.WriteStartObject(ClusterFields.Date);
        json.WriteString("type", "date");
        json.WriteString("format", "yyyy-MM-dd");
        json.WriteEndObject();
        Keyword(json, ClusterFields.Page);
        Typed(json, ClusterFields.PageNumber, "long");
        Keyword(json, ClusterFields.Section);

        json.WriteStartObject(ClusterFields.Cut);
        json.WriteStartObject("properties");
        Keyword(json, ClusterFields.Verdict);
        json.WriteStartObject(ClusterFields.Reasons);
        json.WriteString("type", "object");
        json.WriteBoolean("enabled", false);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void Keyword(Utf8JsonWriter json, string name) => Typed(json, name, "keyword");

    private static void Typed(Utf8JsonWriter json, string name, string type)
    {
        json.WriteStartObject(name);
        json.WriteString("type", type);
        json.WriteEndObject();
    }

    /// <summary>Kept in the source for display, neither indexed nor in doc values.</summary>
    private static void Stored(Utf8JsonWriter json, string name)
    {
        json.WriteStartObject(name);
        json.WriteString("type", "keyword");
        json.WriteBoolean("index", false);
        json.WriteBoolean("doc_values", false);
        json.WriteEndObject();
    }

    private static void Words(Utf8JsonWriter json, string name, bool exactSubfield)
    {
        json.WriteStartObject(name);
        json.WriteString("type", "text");
        json.WriteString("analyzer", WordAnalyzer);
        if (exactSubfield)
            ExactSubfield(json);
        json.WriteEndObject();
    }

    private static void ExactSubfield(Utf8JsonWriter json)
    {
        json.WriteStartObject("fields");
        json.WriteStartObject(ClusterFields.ExactSubfield);
        json.WriteString("type", "text");
        json.WriteString("analyzer", ExactAnalyzer);
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
