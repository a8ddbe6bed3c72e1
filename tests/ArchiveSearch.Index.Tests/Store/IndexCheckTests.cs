using ArchiveSearch.Index.Composition;
using ArchiveSearch.Index.Store;
using ArchiveSearch.Testing;

namespace ArchiveSearch.Index.Tests.Store;

/// <summary>The start-up check tells a sound index from a damaged one, whatever part of it was damaged.</summary>
public sealed class IndexCheckTests : IDisposable
{
    private readonly string root = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "archivesearch-index-tests", Guid.NewGuid().ToString("n"))).FullName;

    private string IndexPath => Path.Combine(root, "index");

    private void BuildIndex(int pages = 40)
    {
        var inbox = Path.Combine(root, "inbox");
        CodedPages.Write(inbox, pages);
        using var workspace = new ArchiveWorkspace(IndexPath);
        workspace.Ingest(inbox);
    }

    [Theory]
    [InlineData(IndexCheckDepth.Fast)]
    [InlineData(IndexCheckDepth.Full)]
    public void A_committed_index_is_sound(IndexCheckDepth depth)
    {
        BuildIndex();

        var result = IndexCheck.Run(IndexPath, depth);

        Assert.Equal(IndexCondition.Sound, result.Condition);
        Assert.True(result.Files > 2, $"checked {result.Files} files");
    }

    [Fact]
    public void A_missing_or_empty_folder_is_empty()
    {
        Assert.Equal(IndexCondition.Empty, IndexCheck.Run(IndexPath, IndexCheckDepth.Fast).Condition);
        Directory.CreateDirectory(IndexPath);
        Assert.Equal(IndexCondition.Empty, IndexCheck.Run(IndexPath, IndexCheckDepth.Fast).Condition);
    }

    public static TheoryData<string> Damages => new(IndexDamage.Kinds);

    [Theory]
    [MemberData(nameof(Damages))]
    public void Every_kind_of_damage_is_found_by_the_fast_check(string damage)
    {
        BuildIndex();
        IndexDamage.Apply(damage, IndexPath);

        var result = IndexCheck.Run(IndexPath, IndexCheckDepth.Fast);

        Assert.Equal(IndexCondition.Damaged, result.Condition);
        Assert.False(string.IsNullOrWhiteSpace(result.Problem));
        Assert.DoesNotContain('\n', result.Problem);
    }

    [Fact]
    public void Segment_files_without_any_commit_are_damage_not_a_new_index()
    {
        BuildIndex();
        foreach (var file in Directory.GetFiles(IndexPath, "segments*"))
            File.Delete(file);

        var result = IndexCheck.Run(IndexPath, IndexCheckDepth.Fast);

        Assert.Equal(IndexCondition.Damaged, result.Condition);
        Assert.Contains("no commit", result.Problem);
    }

    [Fact]
    public void A_new_index_is_committed_empty_as_soon_as_it_is_opened_so_a_first_load_killed_early_leaves_a_commit()
    {
        using (var workspace = new ArchiveWorkspace(IndexPath))
        {
            Assert.Equal(0, workspace.Index.Counts.Articles);
            Assert.NotEmpty(Directory.GetFiles(IndexPath, "segments_*"));
        }

        Assert.Equal(IndexCondition.Sound, IndexCheck.Run(IndexPath, IndexCheckDepth.Fast).Condition);
    }

    public void Dispose() => Directory.Delete(root, recursive: true);
}
