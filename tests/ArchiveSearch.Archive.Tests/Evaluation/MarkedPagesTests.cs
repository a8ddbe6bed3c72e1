using ArchiveSearch.Archive.Evaluation;
using ArchiveSearch.Archive.Pages;
using ArchiveSearch.Archive.Segmentation;
using ArchiveSearch.Testing;

namespace ArchiveSearch.Archive.Tests.Evaluation;

/// <summary>
/// Each hand-marked page (eval/segmentation.tsv) is cut exactly as a reader marks it: the same articles in
/// the same order, with their titles, kinds and bylines, and every broken sentence whole.
/// </summary>
public sealed class MarkedPagesTests
{
    private static readonly SegmentationExpectations Expectations =
        SegmentationExpectations.Parse(File.ReadAllLines(Path.Combine(SharedFolder.RepositoryRoot, "eval", "segmentation.tsv")));

    private static readonly string InterleavedFolder = Path.Combine(SharedFolder.RepositoryRoot, "eval", "interleaved");

    /// <summary>The development part of the interleaved pages; the held-aside part is scored by the CLI only.</summary>
    private static readonly SegmentationExpectations Interleaved =
        SegmentationExpectations.Parse(File.ReadAllLines(Path.Combine(InterleavedFolder, "dev.tsv")));

    public static TheoryData<string> InterleavedPages() => new(Interleaved.Pages);

    public static TheoryData<string> SeedPages() => new(Expectations.Pages.Where(p => p.StartsWith("seeds/", StringComparison.Ordinal)));

    public static TheoryData<string> SamplePages() => new(Expectations.Pages.Where(p => p.StartsWith("samples/", StringComparison.Ordinal)));

    [SharedTheory("seeds")]
    [MemberData(nameof(SeedPages))]
    public void Shared_pages_are_cut_as_a_reader_marks_them(string page) =>
        AssertAsMarked(page, Path.Combine(SharedFolder.Seeds!, page["seeds/".Length..]));

    [Theory]
    [MemberData(nameof(SamplePages))]
    public void Sample_pages_are_cut_as_a_reader_marks_them(string page) =>
        AssertAsMarked(page, Path.Combine(SharedFolder.RepositoryRoot, page));

    [Theory]
    [MemberData(nameof(InterleavedPages))]
    public void Interleaved_development_pages_are_cut_as_a_reader_marks_them(string page)
    {
        var text = PageTextReader.Read(Path.Combine(InterleavedFolder, page)).Text!;

        var score = SegmentationEvaluation.Score(new NewspaperPageSegmenter(), page, text, Interleaved);

        Assert.Empty(score.Problems);
        Assert.Equal(score.Expected, score.Found);
    }

    [SharedFact("seeds")]
    public void Every_shared_page_is_marked() =>
        Assert.Equal(
            SharedFolder.SeedPages.Select(Path.GetFileName).Order(),
            Expectations.Pages.Where(p => p.StartsWith("seeds/", StringComparison.Ordinal)).Select(p => p["seeds/".Length..]).Order());

    private static void AssertAsMarked(string page, string path)
    {
        var text = PageTextReader.Read(path).Text!;
        var articles = new NewspaperPageSegmenter().Split(text);
        var expected = Expectations.Articles.Where(a => a.Page == page).ToList();

        Assert.Equal(expected.Count, articles.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.StartsWith(expected[i].Title, articles[i].Title);
            Assert.Equal(expected[i].Kind, articles[i].Kind);
            Assert.Equal(expected[i].Byline, articles[i].Byline);
            Assert.Equal(i + 1, articles[i].Ordinal);
        }

        var score = SegmentationEvaluation.Score(new NewspaperPageSegmenter(), page, text, Expectations);
        Assert.Empty(score.Problems);
    }
}
