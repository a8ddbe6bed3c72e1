using ArchiveSearch.Archive.Corrections;

namespace ArchiveSearch.Archive.Tests.Corrections;

/// <summary>The corrections folder: one readable file per page, ids in order, undo kept as history, nothing outside the folder.</summary>
public sealed class CorrectionStoreTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "archivesearch-correction-store", Guid.NewGuid().ToString("n"));

    private static Correction Merge => new() { Kind = CorrectionKind.Merge, By = "alice", At = DateTimeOffset.UtcNow, ContentHash = "abc", Why = "标题跨栏" };

    [Fact]
    public void Corrections_are_numbered_in_order_and_an_undo_stays_in_the_file_as_history()
    {
        var store = new CorrectionStore(root);
        store.Add("0123456789abcdef", "a/page.txt", Merge);
        store.Add("0123456789abcdef", "a/page.txt", Merge);

        var undone = store.Undo("0123456789abcdef", "bob", DateTimeOffset.UtcNow);

        Assert.Equal(2, undone!.Id);
        var page = new CorrectionStore(root).Find("0123456789abcdef")!;
        Assert.Equal([1, 2], page.Corrections.Select(c => c.Id));
        Assert.Equal([1], page.Active.Select(c => c.Id));
        Assert.Equal("bob", page.Corrections[1].Undone!.By);
        var file = File.ReadAllText(Path.Combine(root, "0123456789abcdef.json"));
        Assert.Contains("标题跨栏", file);
    }

    [Fact]
    public void A_name_that_is_not_a_page_key_never_reaches_the_file_system()
    {
        var store = new CorrectionStore(root);

        Assert.Null(store.Find("../../etc/passwd"));
        Assert.Throws<ArgumentException>(() => store.Add("../x", null, Merge));
    }

    public void Dispose()
    {
        if (Directory.Exists(root))
            Directory.Delete(root, recursive: true);
    }
}
