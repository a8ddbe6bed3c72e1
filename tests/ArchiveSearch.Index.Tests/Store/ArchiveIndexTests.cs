using ArchiveSearch.Archive.Articles;
using ArchiveSearch.Archive.Pages;
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
        index.ReplacePage(Page("p1", "h1", 2), PageMetadata.None, [Article(1, "甲"), Article(2, "乙")]);
        index.ReplacePage(Page("p2", "h1", 1), PageMetadata.None, [Article(1, "丙")]);
        index.Refresh();
        Assert.Equal(3, index.CountArticles());

        index.ReplacePage(Page("p1", "h2", 1), PageMetadata.None, [Article(1, "丁")]);
        index.Refresh();

        Assert.Equal(2, index.CountArticles());
        Assert.Equal(["h2", "h1"], index.Pages().OrderBy(p => p.PageId).Select(p => p.Hash).ToArray());
    }

    [Fact]
    public void Removing_a_page_removes_its_record_and_articles()
    {
        using var index = Open();
        index.ReplacePage(Page("p1", "h1", 1), PageMetadata.None, [Article(1, "甲")]);
        index.Refresh();

        index.RemovePage("p1");
        index.Refresh();

        Assert.Equal(0, index.CountArticles());
        Assert.Empty(index.Pages());
    }

    [Fact]
    public void Committed_pages_survive_reopening_and_uncommitted_ones_do_not_leak_into_the_commit_time()
    {
        using (var index = Open())
        {
            Assert.Null(index.LastCommit);
            index.ReplacePage(Page("p1", "h1", 1), PageMetadata.None, [Article(1, "甲")]);
            index.Commit();
            Assert.NotNull(index.LastCommit);
        }

        using var reopened = Open();
        Assert.NotNull(reopened.LastCommit);
        Assert.Equal(1, reopened.CountArticles());
        Assert.Equal("p1", Assert.Single(reopened.Pages()).PageId);
    }

    [Fact]
    public void A_second_writer_on_the_same_folder_is_refused_with_a_clear_message()
    {
        using var first = Open();

        var error = Assert.Throws<InvalidOperationException>(Open);

        Assert.Contains("locked by another process", error.Message);
    }

    public void Dispose()
    {
        if (Directory.Exists(path))
            Directory.Delete(path, recursive: true);
    }
}
