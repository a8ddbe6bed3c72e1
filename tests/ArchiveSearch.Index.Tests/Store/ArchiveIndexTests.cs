using ArchiveSearch.Archive.Articles;
using ArchiveSearch.Archive.Pages;
using ArchiveSearch.Index.Ingest;
using ArchiveSearch.Index.Schema;
using ArchiveSearch.Index.Store;
using ArchiveSearch.Analysis.SmartCn;
using Microsoft.Extensions.Logging.Abstractions;

namespace ArchiveSearch.Index.Tests.Store;

public sealed class ArchiveIndexTests : IDisposable
{
    private readonly string path = Path.Combine(Path.GetTempPath(), "archivesearch-index-tests", Guid.NewGuid().ToString("n"));

    private ArchiveIndex Open() => new(path, ArchiveAnalyzers.Create(NullLogger.Instance), NullLogger<ArchiveIndex>.Instance);

    private static PageRecord Page(string pageId, string hash, int articles) =>
        new($"{pageId}.txt", hash, pageId, PageStatus.Indexed, articles, DateTimeOffset.UtcNow);

    private static Article Article(int ordinal, string title) => new() { Ordinal = ordinal, Title = title, Paragraphs = [title + "的正文。"] };

    [Fact]
    public void Replacing_a_page_swaps_its_articles_and_its_record()
    {
        using var index = Open();
        var pages = new PageWriter(index);
        pages.ReplacePage(Page("p1", "h1", 2), PageMetadata.None, [Article(1, "甲"), Article(2, "乙")]);
        pages.ReplacePage(Page("p2", "h1", 1), PageMetadata.None, [Article(1, "丙")]);
        index.Refresh();
        Assert.Equal(3, index.Counts.Articles);

        pages.ReplacePage(Page("p1", "h2", 1), PageMetadata.None, [Article(1, "丁")]);
        index.Refresh();

        Assert.Equal(2, index.Counts.Articles);
        Assert.Equal(["h2", "h1"], new IndexContents(index).Pages().OrderBy(p => p.PageId).Select(p => p.Hash).ToArray());
    }

    [Fact]
    public void Removing_a_page_removes_its_record_and_articles()
    {
        using var index = Open();
        var pages = new PageWriter(index);
        pages.ReplacePage(Page("p1", "h1", 1), PageMetadata.None, [Article(1, "甲")]);
        index.Refresh();

        pages.RemovePage("p1");
        index.Refresh();

        Assert.Equal(0, index.Counts.Articles);
        Assert.Empty(new IndexContents(index).Pages());
    }

    [Fact]
    public void Committed_pages_survive_reopening_and_uncommitted_ones_do_not_leak_into_the_commit_time()
    {
        using (var index = Open())
        {
            var pages = new PageWriter(index);
            Assert.Null(index.LastCommit);
            pages.ReplacePage(Page("p1", "h1", 1), PageMetadata.None, [Article(1, "甲")]);
            index.Commit();
            Assert.NotNull(index.LastCommit);
        }

        using var reopened = Open();
        Assert.NotNull(reopened.LastCommit);
        Assert.Equal(1, reopened.Counts.Articles);
        Assert.Equal("p1", Assert.Single(new IndexContents(reopened).Pages()).PageId);
    }

    [Fact]
    public void Counts_follow_what_searches_see_and_committed_counts_what_the_last_commit_holds()
    {
        using var index = Open();
        var pages = new PageWriter(index);
        pages.ReplacePage(Page("p1", "h1", 2), PageMetadata.None, [Article(1, "甲"), Article(2, "乙")]);
        pages.QuarantinePage(new PageRecord("bad.txt", "h", "bad", PageStatus.Quarantined, 0, DateTimeOffset.UtcNow, "binary"));
        index.Commit();
        pages.ReplacePage(Page("p2", "h1", 1), PageMetadata.None, [Article(1, "丙")]);
        pages.ReplacePage(Page("p1", "h2", 1), PageMetadata.None, [Article(1, "丁")]);
        index.Refresh();

        Assert.Equal(new IndexCounts(Articles: 2, Pages: 2, Quarantined: 1), index.Counts);
        Assert.Equal(new IndexCounts(Articles: 2, Pages: 1, Quarantined: 1), index.CommittedCounts);
        Assert.Equal("bad.txt", Assert.Single(index.Quarantined).Path);

        index.Commit();
        Assert.Equal(index.Counts, index.CommittedCounts);
    }

    [Fact]
    public void A_page_record_is_found_by_its_path_and_its_stamp_can_be_rewritten_alone()
    {
        using var index = Open();
        var pages = new PageWriter(index);
        pages.ReplacePage(Page("a/p1", "h1", 1) with { Stamp = "10@1" }, PageMetadata.None, [Article(1, "甲")]);
        pages.ReplacePage(Page("a/p2", "h2", 1), PageMetadata.None, [Article(1, "乙")]);
        index.Refresh();

        var found = index.FindPage("a/p1.txt");
        Assert.Equal(("h1", "10@1"), (found?.Hash, found?.Stamp));
        Assert.Null(index.FindPage("a/p3.txt"));

        pages.UpdatePageRecord(found! with { Stamp = "10@2" });
        index.Refresh();

        Assert.Equal("10@2", index.FindPage("a/p1.txt")?.Stamp);
        Assert.Equal(new IndexCounts(2, 2, 0), index.Counts);
    }

    [Fact]
    public void Page_summaries_say_what_the_records_say_without_the_articles()
    {
        using var index = Open();
        var pages = new PageWriter(index);
        pages.ReplacePage(Page("p1", "h1", 1) with { Stamp = "5@9" }, PageMetadata.None, [Article(1, "甲")]);
        pages.ReplacePage(Page("p2", "h2", 1), PageMetadata.None, [Article(1, "乙")]);
        index.Commit();
        pages.RemovePage("p2");
        pages.ReplacePage(Page("p3", "h3", 0), PageMetadata.None, []);
        index.Refresh();

        var summaries = index.PageSummaries().OrderBy(p => p.PageId).ToList();

        Assert.Equal([new PageSummary("p1.txt", "p1", "h1", "5@9"), new PageSummary("p3.txt", "p3", "h3", null)], summaries);
    }

    [Fact]
    public void A_second_writer_on_the_same_folder_is_refused_with_a_clear_message()
    {
        using var first = Open();

        var error = Assert.Throws<IndexLockedException>(Open);

        Assert.Contains("in use by another ArchiveSearch process", error.Message);
    }

    public void Dispose()
    {
        if (Directory.Exists(path))
            Directory.Delete(path, recursive: true);
    }
}
