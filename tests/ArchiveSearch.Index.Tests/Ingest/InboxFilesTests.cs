using ArchiveSearch.Index.Ingest;

namespace ArchiveSearch.Index.Tests.Ingest;

/// <summary>Which files a scan of the inbox sees as pages.</summary>
public sealed class InboxFilesTests : IDisposable
{
    private readonly string root = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "archivesearch-inboxfiles-tests", Guid.NewGuid().ToString("n"))).FullName;

    private string Inbox => Path.Combine(root, "inbox");

    private void Write(string relative, string text = "页面")
    {
        var path = Path.Combine(Inbox, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    [Fact]
    public void Pages_are_found_in_every_folder_whatever_the_case_of_their_extension()
    {
        Write("a.txt");
        Write("B.TXT");
        Write("2024/03/c.Txt");
        Write("notes.md");

        var pages = new InboxFiles(Inbox).Scan().Pages.Select(p => p.Path).Order(StringComparer.Ordinal);

        Assert.Equal(["2024/03/c.Txt", "B.TXT", "a.txt"], pages);
    }

    [Fact]
    public void Links_are_not_followed_out_of_the_inbox_nor_round_a_loop()
    {
        Write("papers/p.txt");
        File.WriteAllText(Path.Combine(root, "secret.txt"), "不该被收录");
        File.CreateSymbolicLink(Path.Combine(Inbox, "passwd.txt"), Path.Combine(root, "secret.txt"));
        Directory.CreateSymbolicLink(Path.Combine(Inbox, "papers", "loop"), Inbox);
        Directory.CreateSymbolicLink(Path.Combine(Inbox, "up"), root);

        var listing = new InboxFiles(Inbox).Scan();

        Assert.Equal("papers/p.txt", Assert.Single(listing.Pages).Path);
        Assert.Equal(3, listing.LinksSkipped);
    }

    [Fact]
    public void The_stamp_changes_with_the_page_and_with_its_sidecar()
    {
        Write("p.txt");
        var inbox = new InboxFiles(Inbox);
        var first = inbox.Stamp("p.txt");
        Assert.Equal(first, inbox.Scan().Pages.Single().Stamp);

        File.WriteAllText(Path.Combine(Inbox, "p.json"), "{}");
        var withSidecar = inbox.Stamp("p.txt");
        Assert.NotEqual(first.ToString(), withSidecar.ToString());
        Assert.Equal(withSidecar, inbox.Scan().Pages.Single().Stamp);

        File.SetLastWriteTimeUtc(Path.Combine(Inbox, "p.txt"), DateTime.UtcNow.AddHours(-1));
        Assert.NotEqual(withSidecar.ToString(), inbox.Stamp("p.txt").ToString());
    }

    [Fact]
    public void A_missing_inbox_is_a_problem_not_an_empty_listing()
    {
        var listing = new InboxFiles(Path.Combine(root, "gone")).Scan();

        Assert.NotNull(listing.Problem);
        Assert.Contains("does not exist", listing.Problem);
    }

    public void Dispose() => Directory.Delete(root, recursive: true);
}
