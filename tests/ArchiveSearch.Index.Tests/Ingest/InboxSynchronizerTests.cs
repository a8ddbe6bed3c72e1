using ArchiveSearch.Archive.Pages;
using ArchiveSearch.Index.Ingest;
using ArchiveSearch.Index.Search;

namespace ArchiveSearch.Index.Tests.Ingest;

/// <summary>What decides whether a page file is indexed again.</summary>
public sealed class InboxSynchronizerTests : IDisposable
{
    private readonly string inbox = Path.Combine(Path.GetTempPath(), "archivesearch-inbox-tests", Guid.NewGuid().ToString("n"));
    private readonly IndexedArchive archive = new();

    public InboxSynchronizerTests()
    {
        Directory.CreateDirectory(inbox);
        File.WriteAllText(Path.Combine(inbox, "page.txt"), "山前村修通致富路\n\n本报讯 记者章明报道 山前村的新路通车了，村民们出行更方便。\n");
        archive.Workspace.Ingest(inbox);
    }

    [Fact]
    public void An_unchanged_page_is_left_alone()
    {
        var before = archive.Workspace.Contents.Pages().Single();
        archive.Workspace.Ingest(inbox);

        Assert.Equal(before, archive.Workspace.Contents.Pages().Single());
    }

    [Fact]
    public void A_page_indexed_by_another_version_of_the_pipeline_is_indexed_again()
    {
        var record = archive.Workspace.Contents.Pages().Single();
        Assert.StartsWith(IndexPipeline.Version + ":", record.Hash);
        // As an earlier release left it: another version, and articles cut differently (here none).
        var stale = record with { Hash = "0:" + record.Hash[(record.Hash.IndexOf(':') + 1)..], ArticleCount = 0 };
        archive.Workspace.Writer.ReplacePage(stale, PageMetadata.None, []);
        archive.Workspace.Index.Commit();
        Assert.Equal(0, archive.Workspace.Search.Search(new SearchRequest("山前村")).Total);

        archive.Workspace.Ingest(inbox);

        var again = archive.Workspace.Contents.Pages().Single();
        Assert.Equal((record.Hash, record.ArticleCount), (again.Hash, again.ArticleCount));
        Assert.Equal(1, archive.Workspace.Search.Search(new SearchRequest("山前村")).Total);
    }

    [Fact]
    public void A_rescan_trusts_an_unchanged_size_and_modification_time_without_reading_the_page()
    {
        var page = Path.Combine(inbox, "page.txt");
        var modified = File.GetLastWriteTimeUtc(page);
        // Same length, same time: only a read could tell the difference, and a rescan does not read.
        File.WriteAllText(page, File.ReadAllText(page).Replace("山前村", "山后村"));
        File.SetLastWriteTimeUtc(page, modified);

        archive.Workspace.Ingest(inbox);
        Assert.Equal(1, archive.Workspace.Search.Search(new SearchRequest("山前村")).Total);

        File.SetLastWriteTimeUtc(page, modified.AddSeconds(-5));
        archive.Workspace.Ingest(inbox);
        Assert.Equal(0, archive.Workspace.Search.Search(new SearchRequest("山前村")).Total);
        Assert.Equal(1, archive.Workspace.Search.Search(new SearchRequest("山后村")).Total);
    }

    [Fact]
    public void A_page_touched_without_a_change_keeps_its_articles_and_gets_a_new_stamp()
    {
        var before = archive.Workspace.Contents.Pages().Single();
        File.SetLastWriteTimeUtc(Path.Combine(inbox, "page.txt"), DateTime.UtcNow.AddMinutes(-1));

        archive.Workspace.Ingest(inbox);

        var after = archive.Workspace.Contents.Pages().Single();
        Assert.NotEqual(before.Stamp, after.Stamp);
        Assert.Equal((before.Hash, before.IndexedAt, before.ArticleCount), (after.Hash, after.IndexedAt, after.ArticleCount));
    }

    [Fact]
    public void A_page_renamed_with_its_sidecar_between_two_scans_keeps_its_article_ids()
    {
        File.WriteAllText(Path.Combine(inbox, "page.json"), """{ "paper": "江城日报", "date": "2024-03-15", "page": "2" }""");
        archive.Workspace.Ingest(inbox);
        var before = archive.Workspace.Contents.AllArticles().Select(a => a.Id).ToList();

        File.Move(Path.Combine(inbox, "page.txt"), Path.Combine(inbox, "renamed.txt"));
        File.Move(Path.Combine(inbox, "page.json"), Path.Combine(inbox, "renamed.json"));
        archive.Workspace.Ingest(inbox, CancellationToken.None, confirmDeletions: true);

        Assert.Equal("renamed.txt", archive.Workspace.Contents.Pages().Single().Path);
        Assert.Equal(before, archive.Workspace.Contents.AllArticles().Select(a => a.Id).ToList());
    }

    public void Dispose()
    {
        archive.Dispose();
        Directory.Delete(inbox, recursive: true);
    }
}
