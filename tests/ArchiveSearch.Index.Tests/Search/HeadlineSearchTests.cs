using ArchiveSearch.Index.Schema;
using ArchiveSearch.Archive.Articles;
using ArchiveSearch.Archive.Pages;
using ArchiveSearch.Index.Store;

namespace ArchiveSearch.Index.Tests.Search;

/// <summary>A headline the layout broke over two lines is indexed as title and subtitle, and still found whole.</summary>
public sealed class HeadlineSearchTests : IDisposable
{
    private readonly IndexedArchive archive = new();

    public HeadlineSearchTests()
    {
        var article = new Article
        {
            Ordinal = 1,
            Title = "“桥痴”邓国梁：四十年守护澧水上",
            Subtitle = "最后一座明代石拱桥",
            Paragraphs = ["清晨五点半，邓国梁已经来到桥头。"],
        };
        archive.Workspace.Writer.ReplacePage(new PageRecord("p.txt", "h", "p", PageStatus.Indexed, 1, DateTimeOffset.UtcNow), PageMetadata.None, [article]);
        archive.Workspace.Index.Commit();
    }

    [Theory]
    [InlineData("\"四十年守护澧水上最后一座明代石拱桥\"")]
    [InlineData("title:\"守护澧水上最后一座\"")]
    [InlineData("澧水上最后一座")]
    public void A_string_across_the_two_lines_of_a_headline_finds_the_article(string query)
    {
        var response = archive.Workspace.Search.Search(new(query));

        Assert.Equal((1, false), (response.Total, response.Relaxed));
    }

    [Fact]
    public void The_body_is_not_joined_to_the_headline() =>
        Assert.Equal(0, archive.Workspace.Search.Search(new("\"明代石拱桥清晨\"")).Total);

    public void Dispose() => archive.Dispose();
}
