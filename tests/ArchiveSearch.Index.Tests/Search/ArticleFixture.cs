using ArchiveSearch.Index.Coverage;
using ArchiveSearch.Index.Schema;
using ArchiveSearch.Archive.Articles;
using ArchiveSearch.Archive.Pages;
using ArchiveSearch.Index.Search;
using ArchiveSearch.Index.Store;

namespace ArchiveSearch.Index.Tests.Search;

/// <summary>An on-disk index filled with hand-made articles, for specifications of search behaviour.</summary>
public sealed class ArticleFixture : IndexedArchive
{
    public ArticleFixture()
    {
        Add("辽河日报/2021-03-02/1", new PageMetadata("辽河日报", new DateOnly(2021, 3, 2), "1"),
            Article(1, "杜鹃花节开幕", "丹东杜鹃花节今天开幕，展出杜鹃花三百余种。", ("王卢莎", "记者")),
            Article(2, "春耕备耕忙", "各地农户抢抓农时，春耕生产有序推进。", ("李波", "记者")));
        Add("辽河日报/2022-05-10/2", new PageMetadata("辽河日报", new DateOnly(2022, 5, 10), "2"),
            Article(1, "花农增收有新路", "变电村花农通过网络销售杜鹃花，收入增加四成。", ("王卢莎", "记者")),
            Article(2, "图片新闻", "杜鹃花基地一角。", ("郑磊", "摄影")) with { Kind = ArticleKind.Photo });
        // Two commits: the archive spans two segments, as any archive loaded over time does.
        Index.Commit();
        Add("松原晚报/2023-01-11/3", new PageMetadata("松原晚报", new DateOnly(2023, 1, 11), "3"),
            Article(1, "冬捕节吸引游客", "查干湖冬捕节开幕，游客争睹头鱼出水，现场还有杜鹃花盆景展。", ("刘家伟", "记者")));
        Add("undated", PageMetadata.None, Article(1, "无日期的杜鹃花短讯", "杜鹃花短讯。"));
        Index.Commit();
    }

    public ArchiveIndex Index => Workspace.Index;

    public ArticleSearch Search => Workspace.Search;

    public CoverageSearch Coverage => Workspace.Coverage;

    public SearchResponse Find(string query, Func<SearchRequest, SearchRequest>? refine = null) =>
        Search.Search(refine is null ? new SearchRequest(query) : refine(new SearchRequest(query)));

    private void Add(string pageId, PageMetadata metadata, params Article[] articles) =>
        Workspace.Writer.ReplacePage(new PageRecord(pageId + ".txt", "h", pageId, PageStatus.Indexed, articles.Length, DateTimeOffset.UtcNow), metadata, articles);

    private static Article Article(int ordinal, string title, string body, params (string Name, string Role)[] authors) => new()
    {
        Ordinal = ordinal,
        Title = title,
        Paragraphs = [body],
        Byline = authors.Length == 0 ? null : string.Join(" ", authors.Select(a => a.Role + " " + a.Name)),
        Authors = authors.Select(a => new Author(a.Name, a.Role)).ToList(),
        Kind = ArticleKind.Article,
    };
}
