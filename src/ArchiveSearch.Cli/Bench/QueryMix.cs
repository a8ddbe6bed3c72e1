using ArchiveSearch.Index.Search;

namespace ArchiveSearch.Cli.Bench;

/// <summary>
/// The fixed mix of query shapes the bench runs. Words are common in news text (so broad queries touch a
/// large share of the archive); the same queries run in process, over HTTP and, for the shapes the Java
/// peer can parse, there too.
/// </summary>
internal static class QueryMix
{
    public static IReadOnlyList<QueryShape> Shapes { get; } = Build();

    private static List<QueryShape> Build()
    {
        static List<SearchRequest> Plain(params string[] queries) => queries.Select(q => new SearchRequest(q)).ToList();

        return
        [
            new("one_word", Plain("经济", "发展", "企业", "技术", "文化"), JavaCanRun: true),
            new("two_words", Plain("经济 发展", "改革 开放", "农村 教育", "企业 技术", "市场 价格"), JavaCanRun: true),
            new("common_char", Plain("国", "人", "年", "大", "中"), JavaCanRun: true),
            new("name", Plain([.. PageGenerator.Reporters.Take(3), "江泽民", "朱镕基"]), JavaCanRun: true),
            new("phrase", Plain("\"社会主义市场经济\"", "\"改革开放\"", "\"国有企业\"", "\"精神文明建设\"", "\"西部大开发\"")),
            new("or", Plain("香港 OR 澳门", "足球 OR 篮球", "北京 OR 上海", "农业 OR 农村", "科技 OR 教育")),
            new("exclusion", Plain("经济 -美国", "发展 -农村", "企业 -国有", "世纪 -新", "文化 -教育")),
            new("date_filter", Plain("经济", "发展", "改革", "技术", "文化").Select((r, i) => r with { From = new DateOnly(1995 + 3 * i, 1, 1), To = new DateOnly(1999 + 3 * i, 12, 31) }).ToList()),
            new("sort_by_date", Plain("改革", "企业", "经济", "北京", "世纪").Select((r, i) => r with { Sort = i % 2 == 0 ? SearchSort.DateDescending : SearchSort.DateAscending }).ToList()),
            new("deep_page", Plain("发展", "经济", "人民", "国", "工作").Select(r => r with { Page = 50 }).ToList()),
            new("coverage", Plain("经济 改革", "农村 教育", "香港", "科技 创新", "足球"), Coverage: true),
        ];
    }

    /// <summary>The queries the Java peer runs (one a line): plain words, which its parser reads as ours does.</summary>
    public static IEnumerable<string> JavaQueries() =>
        Shapes.Where(s => s.JavaCanRun).SelectMany(s => s.Requests).Select(r => r.Query);
}
