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

    public static TheoryData<string> Shapes => new(Requests.Keys);

    private static readonly Dictionary<string, SearchRequest> Requests = new()
    {
        ["one-word"] = new("经济"),
        ["two-words"] = new("经济 发展"),
        ["phrase"] = new("\"社会主义市场经济\""),
        ["phrase-with-space"] = new("\"基础设施 建设\""),
        ["or"] = new("杜鹃花 OR 樱花"),
        ["minus"] = new("经济 -美国"),
        ["not"] = new("经济 NOT 美国"),
        ["proximity"] = new("\"老旧小区 电梯\"~5"),
        ["title"] = new("title:电梯"),
        ["author"] = new("author:韩晓雪"),
        ["parentheses"] = new("(杜鹃花 OR 樱花) 公园"),
        ["filters"] = new("电梯") { From = new DateOnly(2023, 1, 1), To = new DateOnly(2023, 12, 31), Paper = "北岭晚报", Author = "韩晓雪", Kind = "brief", Cut = "unsure", FrontPage = true },
        ["sort-by-date"] = new("电梯") { Sort = SearchSort.DateAscending, Page = 3, Size = 20 },
        ["no-query"] = new("") { Paper = "北岭晚报", From = new DateOnly(2024, 3, 15), To = new DateOnly(2024, 3, 15) },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void The_query_DSL_of_each_shape_is_its_reviewed_golden_file(string shape)
    {
        var actual = QueryDslTranslator.Translate(Requests[shape]).ReplaceLineEndings("\n") + "\n";
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
