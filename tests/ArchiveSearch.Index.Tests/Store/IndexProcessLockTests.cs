using ArchiveSearch.Index.Schema;
using ArchiveSearch.Index.Store;
using Microsoft.Extensions.Logging.Abstractions;

namespace ArchiveSearch.Index.Tests.Store;

public sealed class IndexProcessLockTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("archivesearch-lock-").FullName;

    [Fact]
    public void A_second_writer_of_the_same_index_is_refused_with_a_sentence_naming_the_folder()
    {
        using var first = IndexProcessLock.Acquire(folder);

        var refused = Assert.Throws<IndexLockedException>(() => IndexProcessLock.Acquire(folder));
        Assert.Contains(folder, refused.Message);
        Assert.Contains("only one process may write an index", refused.Message);
    }

    [Fact]
    public void Deleting_the_lock_file_under_a_holder_does_not_let_a_second_writer_in()
    {
        using var first = IndexProcessLock.Acquire(folder);
        File.Delete(Path.Combine(folder, IndexProcessLock.FileName));

        var refused = Assert.Throws<IndexLockedException>(() => IndexProcessLock.Acquire(folder));
        Assert.Contains(folder, refused.Message);
    }

    [Fact]
    public void The_lock_is_free_again_once_its_holder_lets_go()
    {
        IndexProcessLock.Acquire(folder).Dispose();

        using var again = IndexProcessLock.Acquire(folder);
        Assert.True(again.IsInPlace);
    }

    [Fact]
    public void An_index_is_free_for_a_new_writer_once_the_refused_one_gave_up_and_the_first_closed()
    {
        var analyzers = ArchiveAnalyzers.Create(NullLogger.Instance);
        var first = new ArchiveIndex(folder, analyzers, NullLogger<ArchiveIndex>.Instance);

        Assert.Throws<IndexLockedException>(() => new ArchiveIndex(folder, analyzers, NullLogger<ArchiveIndex>.Instance));

        first.Dispose();
        using var second = new ArchiveIndex(folder, analyzers, NullLogger<ArchiveIndex>.Instance);
        Assert.Equal(0, second.Counts.Articles);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
