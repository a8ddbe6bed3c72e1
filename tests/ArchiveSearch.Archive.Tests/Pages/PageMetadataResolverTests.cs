using ArchiveSearch.Archive.Pages;

namespace ArchiveSearch.Archive.Tests.Pages;

public sealed class PageMetadataResolverTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("archivesearch-meta-").FullName;

    private string Page(string relative, string? sidecar = null)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "文");
        if (sidecar is not null)
            File.WriteAllText(Path.ChangeExtension(path, ".json"), sidecar);
        return path;
    }

    [Fact]
    public void A_sidecar_beside_the_page_gives_its_metadata()
    {
        var page = Page("p.txt", """{"paper":"辽宁日报","date":"2022-01-12","page":3,"section":"要闻"}""");

        Assert.Equal(new PageMetadata("辽宁日报", new DateOnly(2022, 1, 12), "3", "要闻"), new PageMetadataResolver().Resolve(root, page));
    }

    [Fact]
    public void The_path_pattern_is_used_when_there_is_no_sidecar()
    {
        var page = Page("辽宁日报/2022/01/12/A03.txt");

        var metadata = new PageMetadataResolver("{paper}/{yyyy}/{MM}/{dd}/{page}.txt").Resolve(root, page);

        Assert.Equal(new PageMetadata("辽宁日报", new DateOnly(2022, 1, 12), "A03"), metadata);
    }

    [Fact]
    public void A_path_that_does_not_fit_the_pattern_has_no_metadata() =>
        Assert.Equal(PageMetadata.None, new PageMetadataResolver("{paper}/{yyyy}/{MM}/{dd}/{page}.txt").Resolve(root, Page("loose.txt")));

    [Theory]
    [InlineData("{not json", "not valid JSON")]
    [InlineData("""{"date":"12/01/2022"}""", "yyyy-MM-dd")]
    [InlineData("[1,2]", "not a JSON object")]
    public void A_broken_sidecar_is_reported_with_its_path_and_problem(string sidecar, string problem)
    {
        var page = Page("p.txt", sidecar);

        var error = Assert.Throws<PageMetadataException>(() => new PageMetadataResolver().Resolve(root, page));

        Assert.Contains(problem, error.Message);
        Assert.EndsWith("p.json", error.SidecarPath);
    }

    public void Dispose() => Directory.Delete(root, recursive: true);
}
