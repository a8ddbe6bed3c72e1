using ArchiveSearch.Archive.Articles;
using ArchiveSearch.Archive.Pages;
using ArchiveSearch.Index.Ingest;
using ArchiveSearch.Index.Permalinks;
using ArchiveSearch.Index.Schema;
using ArchiveSearch.Index.Store;

namespace ArchiveSearch.Index.Tests.Permalinks;

/// <summary>Article ids follow the page's identity, not its file, and an id a re-cut retires still leads somewhere.</summary>
public sealed class PermalinkTests : IDisposable
{
    private static readonly PageMetadata Day = new("江城日报", new DateOnly(2024, 3, 15), "2");
    private readonly IndexedArchive archive = new();

    private ArchiveIndex Index => archive.Workspace.Index;

    private PermalinkResolver Permalinks => archive.Workspace.Permalinks;

    public void Dispose() => archive.Dispose();

    private void Put(string path, PageMetadata metadata, string contentHash, params Article[] articles)
    {
        archive.Workspace.Writer.ReplacePage(new PageRecord(path, IndexPipeline.Fingerprint(contentHash), InboxFiles.PageId(path), PageStatus.Indexed, articles.Length, DateTimeOffset.UtcNow), metadata, articles);
        Index.Commit();
    }

    private static Article Article(int ordinal, string title, string body) => new() { Ordinal = ordinal, Title = title, Paragraphs = [body] };

    private static readonly Article Library = Article(1, "图书馆夜间开放", "本月起，青石县图书馆在每周五、周六试行夜间开放。");
    private static readonly Article Orchard = Article(2, "苹果丰收", "金秋时节，白杨沟村的三千亩苹果园迎来丰收。");

    private List<string> Ids() => archive.Workspace.Contents.AllArticles().Select(a => a.Id).Order(StringComparer.Ordinal).ToList();

    [Fact]
    public void A_renamed_file_keeps_its_article_ids_because_they_come_from_paper_date_and_page()
    {
        Put("2024/p2.txt", Day, "hash-a", Library, Orchard);
        var before = Ids();

        archive.Workspace.Writer.RemovePage("2024/p2");
        Put("renamed/page-two.txt", Day with { Page = "02" }, "hash-b", Library, Orchard);

        Assert.Equal(before, Ids());
        Assert.Equal(ArticleId.For(ArticleId.PageKey(Day, "any"), 1), before[0]);
    }

    [Fact]
    public void Page_files_naming_the_same_paper_date_and_page_get_ids_of_their_own_and_keep_them_when_indexed_again()
    {
        Put("2024/p2.txt", Day, "first-issue", Library);
        Put("2024/p2-reissued.txt", Day, "second-issue", Library);
        Put("copies/p2-reissued.txt", Day, "second-issue", Library);
        var ids = archive.Workspace.Contents.AllArticles().ToDictionary(a => a.PageId, a => a.Id);

        Assert.Equal(3, ids.Values.Distinct().Count());
        Assert.Equal(ArticleId.For(ArticleId.PageKey(Day, "any"), 1), ids["2024/p2"]);
        Assert.Equal(["metadata", "metadata+content", "metadata+path"],
            new[] { "2024/p2.txt", "2024/p2-reissued.txt", "copies/p2-reissued.txt" }.Select(path => Index.FindPage(path)!.KeyRule));

        // Indexed again (a new pipeline version, a restart's rescan): every file keeps its ids.
        Put("copies/p2-reissued.txt", Day, "second-issue", Library);
        Put("2024/p2-reissued.txt", Day, "second-issue", Library);
        Put("2024/p2.txt", Day, "first-issue", Library);
        Assert.Equal(ids, archive.Workspace.Contents.AllArticles().ToDictionary(a => a.PageId, a => a.Id));
    }

    [Fact]
    public void A_reissued_page_corrected_in_place_keeps_its_ids()
    {
        Put("2024/p2.txt", Day, "first-issue", Library);
        Put("2024/p2-reissued.txt", Day, "second-issue", Library);
        var before = archive.Workspace.Contents.AllArticles().Single(a => a.PageId == "2024/p2-reissued").Id;

        // Same path, same metadata, new bytes: the re-issue's key named its old content, and it keeps it.
        Put("2024/p2-reissued.txt", Day, "second-issue-corrected", Library);

        Assert.Equal(before, archive.Workspace.Contents.AllArticles().Single(a => a.PageId == "2024/p2-reissued").Id);
        Assert.NotEqual(before, archive.Workspace.Contents.AllArticles().Single(a => a.PageId == "2024/p2").Id);
        Assert.Equal("metadata+content", Index.FindPage("2024/p2-reissued.txt")!.KeyRule);
    }

    [Fact]
    public void Page_files_of_one_identity_written_before_any_refresh_still_get_ids_of_their_own()
    {
        foreach (var path in new[] { "a/p2.txt", "b/p2.txt" })
            archive.Workspace.Writer.ReplacePage(new PageRecord(path, IndexPipeline.Fingerprint("same-bytes"), InboxFiles.PageId(path), PageStatus.Indexed, 1, DateTimeOffset.UtcNow), Day, [Library]);
        Index.Commit();

        Assert.Equal(2, Ids().Distinct().Count());
    }

    [Fact]
    public void Without_metadata_the_page_content_decides_and_a_new_pipeline_version_keeps_the_ids()
    {
        Put("a.txt", PageMetadata.None, "same-bytes", Library);
        var first = Ids();

        archive.Workspace.Writer.RemovePage("a");
        archive.Workspace.Writer.ReplacePage(new PageRecord("b.txt", "99:same-bytes", "b", PageStatus.Indexed, 1, DateTimeOffset.UtcNow), PageMetadata.None, [Library]);
        Index.Commit();

        Assert.Equal(first, Ids());
        Assert.NotEqual(ArticleId.PageKey(PageMetadata.None, "same-bytes"), ArticleId.PageKey(PageMetadata.None, "other-bytes"));
    }

    [Fact]
    public void An_id_whose_article_a_re_cut_moved_leads_to_the_article_now_holding_its_opening_text()
    {
        Put("p2.txt", Day, "h1", Library, Orchard);
        var orchardId = archive.Workspace.Contents.AllArticles().Single(a => a.Title == "苹果丰收").Id;

        // The re-cut drops the library article: the orchard story moves to the first place.
        Put("p2.txt", Day, "h2", Orchard with { Ordinal = 1 });

        var target = Assert.IsType<PermalinkTarget.MovedToArticle>(Permalinks.Resolve(orchardId));
        var now = Assert.IsType<PermalinkTarget.Article>(Permalinks.Resolve(target.Id));
        Assert.Equal("苹果丰收", now.Stored.Title);
        Assert.Null(now.FormerlyHere); // the library article it took the place of is gone from the page
    }

    [Fact]
    public void An_id_a_re_cut_gave_to_another_text_shows_that_text_and_says_where_its_former_article_went()
    {
        Put("p2.txt", Day, "h1", Library, Orchard);
        var libraryId = archive.Workspace.Contents.AllArticles().Single(a => a.Title == "图书馆夜间开放").Id;

        // The re-cut finds a brief above the library article: every article moves down one place.
        Put("p2.txt", Day, "h2", Article(1, "简讯", "县图书馆新到一批古籍修复工具。"), Library with { Ordinal = 2 }, Orchard with { Ordinal = 3 });

        var now = Assert.IsType<PermalinkTarget.Article>(Permalinks.Resolve(libraryId));
        Assert.Equal("简讯", now.Stored.Title);
        var former = Assert.IsType<PermalinkTarget.Article>(Permalinks.Resolve(now.FormerlyHere!));
        Assert.Equal("图书馆夜间开放", former.Stored.Title);
    }

    [Fact]
    public void An_id_whose_text_is_gone_from_the_page_leads_to_the_page_and_an_unknown_id_nowhere()
    {
        Put("p2.txt", Day, "h1", Library, Orchard);
        var orchardId = archive.Workspace.Contents.AllArticles().Single(a => a.Title == "苹果丰收").Id;

        Put("p2.txt", Day, "h2", Library);

        var page = Assert.IsType<PermalinkTarget.MovedToPage>(Permalinks.Resolve(orchardId));
        Assert.Equal(["图书馆夜间开放"], Permalinks.Page(page.PageKey)!.Articles.Select(a => a.Title));
        Assert.IsType<PermalinkTarget.Unknown>(Permalinks.Resolve("0000000000000000-1"));
    }

    [Fact]
    public void A_page_lists_its_articles_in_page_order()
    {
        Put("p2.txt", Day, "h1", Orchard, Library);

        var key = ArticleId.PageKey(Day, "h1");

        Assert.Equal(["图书馆夜间开放", "苹果丰收"], Permalinks.Page(key)!.Articles.Select(a => a.Title));
        Assert.Null(Permalinks.Page("0000000000000000"));
    }
}
