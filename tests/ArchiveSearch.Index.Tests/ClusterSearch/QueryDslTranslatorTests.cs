using System.Text.Json;
using ArchiveSearch.Index.ClusterSearch;
using ArchiveSearch.Index.Search;
using ArchiveSearch.Testing;

namespace ArchiveSearch.Index.Tests.ClusterSearch;

/// <summary>
/// Each query shape's query DSL is a golden file (QueryDsl/NAME.json), reviewed by hand against the Elasticsearch
/// reference: a change to the translation shows as a difference to review. Set ARCHIVESEARCH_WRITE_GOLDEN=1 to write
/// the files anew, then review the diff.
/// </summary>
public sealed class QueryDslTranslatorTests
{
    private static readonly string Folder = Path.Combine(SharedFolder.RepositoryRoot, "tests", "ArchiveSearch.Index.Tests", "ClusterSearch", "QueryDsl");

    /// <summary>The cursor after a hit the cluster sorted by date: 2024-03-15 in milliseconds, paper, page number, ordinal, id.</summary>
    internal static readonly string DateCursor = ClusterCursor.Encode(SearchSort.DateDescending, JsonDocument.Parse("[1710460800000, \"江城日报\", 1, 3, \"jiangcheng-2024-03-15-01-03\"]").RootElement);

    internal static readonly string RelevanceCursor = ClusterCursor.Encode(SearchSort.Relevance, JsonDocument.Parse("[2.7182817, \"beiling-2023-11-02-03-04\"]").RootElement);

    public static TheoryData<string> Shapes => new(Requests.Keys);

    internal static readonly Dictionary<string, SearchRequest> Requests = new()
    {
        ["one-word"] = Page("经济"),
        ["two-words"] = Page("经济 发展"),
        ["phrase"] = Page("\"社会主义市场经济\""),
        ["phrase-with-space"] = Page("\"基础设施 建设\""),
        ["or"] = Page("杜鹃花 OR 樱花"),
        ["minus"] = Page("经济 -美国"),
        ["not"] = Page("经济 NOT 美国"),
        ["proximity"] = Page("\"老旧小区 电梯\"~5"),
        ["title"] = Page("title:电梯"),
        ["author"] = Page("author:韩晓雪"),
        ["parentheses"] = Page("(杜鹃花 OR 樱花) 公园"),
        ["filters"] = Page("电梯") with { From = new DateOnly(2023, 1, 1), To = new DateOnly(2023, 12, 31), Paper = "北岭晚报", Author = "韩晓雪", Kind = "brief", Cut = "unsure", FrontPage = true },
        ["sort-by-date"] = Page("电梯") with { Sort = SearchSort.DateAscending, Page = 3, Size = 20 },
        ["no-query"] = Page("") with { Paper = "北岭晚报", From = new DateOnly(2024, 3, 15), To = new DateOnly(2024, 3, 15) },
        ["facets"] = new("电梯") { FacetLimit = 20 },
        ["last-page-of-the-window"] = Page("电梯") with { Page = 100, Size = 100 },
        ["highlight"] = Page("\"老旧小区\" author:韩晓雪"),
        ["cursor"] = Page("电梯") with { Sort = SearchSort.DateDescending, After = DateCursor },
        ["cursor-relevance"] = Page("电梯") with { After = RelevanceCursor },
    };

    /// <summary>A page of hits without facets: the query shapes show the query, the facets shape shows the aggregations.</summary>
    private static SearchRequest Page(string query) => new(query) { WithFacets = false };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void The_query_DSL_of_each_shape_is_its_reviewed_golden_file(string shape) =>
        AssertGolden(shape, QueryDslTranslator.Translate(Requests[shape]));

    [Fact]
    public void The_relaxed_match_of_a_query_s_words_keeps_its_exclusions_and_is_its_reviewed_golden_file() =>
        AssertGolden("relaxed", QueryDslTranslator.Translate(Page("老旧小区加装电梯进展 -美国"), ["老旧", "小区", "加装", "电梯", "进展"]));

    internal static void AssertGolden(string shape, string translated)
    {
        var actual = translated.ReplaceLineEndings("\n") + "\n";
        var path = Path.Combine(Folder, shape + ".json");
        if (Environment.GetEnvironmentVariable("ARCHIVESEARCH_WRITE_GOLDEN") == "1")
            File.WriteAllText(path, actual);

        Assert.True(File.Exists(path), $"{path} is missing: write it with ARCHIVESEARCH_WRITE_GOLDEN=1 and review it");
        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n"), actual);
    }

    [Fact]
    public void A_query_that_does_not_parse_is_refused_with_the_parser_s_message()
    {
        var refusal = Assert.Throws<InvalidSearchException>(() => QueryDslTranslator.Translate(new SearchRequest("(经济")));
        Assert.NotEmpty(refusal.Message);
    }
}
