using ArchiveSearch.Index.Composition;
using ArchiveSearch.Index.Health;
using ArchiveSearch.Index.Ingest;
using ArchiveSearch.Testing;

namespace ArchiveSearch.Index.Tests.Ingest;

/// <summary>
/// Full scans of a real inbox into a real index: a renamed folder is a move, not removals, and removals made before a
/// restart still count toward the deletion guard's share.
/// </summary>
public sealed class RemovalsAndMovesTests : IDisposable
{
    private readonly string root = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "archivesearch-moves-tests", Guid.NewGuid().ToString("n"))).FullName;

    private string Inbox => Path.Combine(root, "inbox");
    private string IndexPath => Path.Combine(root, "index");

    [Fact]
    public void A_folder_renamed_between_two_scans_moves_its_pages_with_their_ids_and_holds_nothing()
    {
        CodedPages.Write(Inbox, 120);
        using var workspace = new ArchiveWorkspace(IndexPath);
        workspace.Ingest(Inbox);
        var before = workspace.Contents.AllArticles().Select(a => a.Id).Order(StringComparer.Ordinal).ToList();

        // gen000 holds 100 of the 120 pages.
        Directory.Move(Path.Combine(Inbox, "gen000"), Path.Combine(Inbox, "gen000-2023"));
        workspace.Ingest(Inbox);

        Assert.Empty(workspace.Warnings.Current());
        var records = workspace.Contents.Pages();
        Assert.Equal(120, records.Count);
        Assert.Equal(100, records.Count(r => r.Path.StartsWith("gen000-2023/", StringComparison.Ordinal)));
        Assert.Equal(before, workspace.Contents.AllArticles().Select(a => a.Id).Order(StringComparer.Ordinal).ToList());
        Assert.Equal(120, workspace.Search.Search(new ArchiveSearch.Index.Search.SearchRequest(CodedPages.SharedPhrase)).Total);
    }

    [Fact]
    public void Removals_made_before_a_restart_still_count_toward_the_allowed_share()
    {
        CodedPages.Write(Inbox, 10);
        using (var first = new ArchiveWorkspace(IndexPath))
        {
            first.Ingest(Inbox);
            File.Delete(Path.Combine(Inbox, "gen000/page00000.txt"));
            File.Delete(Path.Combine(Inbox, "gen000/page00001.txt"));
            first.Ingest(Inbox);
            Assert.Equal(8, first.Contents.Pages().Count);
        }

        File.Delete(Path.Combine(Inbox, "gen000/page00002.txt"));
        using var restarted = new ArchiveWorkspace(IndexPath);
        restarted.Ingest(Inbox);

        Assert.Equal(8, restarted.Contents.Pages().Count);
        Assert.Contains(restarted.Warnings.Current(), w => w.Key == DeletionGuard.HeldKey && w.Sentence.Contains("3 of 10", StringComparison.Ordinal));

        restarted.Ingest(Inbox, CancellationToken.None, confirmDeletions: true);
        Assert.Equal(7, restarted.Contents.Pages().Count);
        Assert.DoesNotContain(restarted.Warnings.Current(), w => w.Key == DeletionGuard.HeldKey);
    }

    public void Dispose() => Directory.Delete(root, recursive: true);
}
