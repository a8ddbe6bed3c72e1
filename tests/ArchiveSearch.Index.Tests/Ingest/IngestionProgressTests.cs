using ArchiveSearch.Index.Ingest;

namespace ArchiveSearch.Index.Tests.Ingest;

public sealed class IngestionProgressTests
{
    [Fact]
    public void Pages_a_failed_load_left_behind_stay_pending_until_the_next_load_takes_them_up()
    {
        var progress = new IngestionProgress();
        progress.BeginLoad(10);
        for (var i = 0; i < 4; i++)
            progress.PageDone(indexed: true, articles: 1, bytes: 100);

        progress.EndLoad(completed: false);
        Assert.Equal(6, progress.PendingFiles);

        progress.BeginLoad(6);
        Assert.Equal(6, progress.PendingFiles);
        for (var i = 0; i < 6; i++)
            progress.PageDone(indexed: true, articles: 1, bytes: 100);
        progress.EndLoad();
        Assert.Equal(0, progress.PendingFiles);
    }

    [Fact]
    public void A_load_that_completes_leaves_nothing_pending()
    {
        var progress = new IngestionProgress();
        progress.BeginLoad(3);
        for (var i = 0; i < 3; i++)
            progress.PageDone(indexed: false, articles: 0, bytes: 0);

        progress.EndLoad();

        Assert.Equal(0, progress.PendingFiles);
        Assert.Null(progress.CurrentLoad);
    }
}
