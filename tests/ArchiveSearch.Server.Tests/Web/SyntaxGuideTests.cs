namespace ArchiveSearch.Server.Tests.Web;

/// <summary>
/// <c>/syntax</c>: the query syntax guide is written in English (QUERY-SYNTAX.md, with Chinese examples) and served
/// whole inside the site's Chinese page, marked English so assistive software reads it in the right language.
/// </summary>
public sealed class SyntaxGuideTests : IAsyncLifetime
{
    private readonly ArchiveHost host = ArchiveHost.InTempFolder();

    public async Task InitializeAsync()
    {
        host.WritePage("library.txt", TestPages.Library);
        await host.StartAsync();
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task The_syntax_page_serves_the_whole_english_guide_marked_as_english_inside_the_chinese_page()
    {
        var guide = File.ReadAllText(Path.Combine(Testing.SharedFolder.RepositoryRoot, "src", "ArchiveSearch.Index", "Querying", "QUERY-SYNTAX.md"));

        var html = await host.Client.GetStringAsync("/syntax");

        Assert.StartsWith("# Query syntax", guide);
        Assert.Contains("<html lang=\"zh-CN\">", html);
        var english = html[html.IndexOf("<div class=\"guide\" lang=\"en\">", StringComparison.Ordinal)..];
        Assert.Contains("<h1 tabindex=\"-1\">Query syntax</h1>", english);
        Assert.Contains("What you type in the search box", english);
        Assert.Contains("A query that cannot be read is answered with a 400 problem", english);
    }
}
