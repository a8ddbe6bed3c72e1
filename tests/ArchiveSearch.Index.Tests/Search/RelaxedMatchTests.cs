using ArchiveSearch.Index.Search;

namespace ArchiveSearch.Index.Tests.Search;

/// <summary>
/// When nothing matches as written, near matches are offered only when they share a whole SmartCN word of the query:
/// never a lone character of a name, never a string inside other words. Exports leave them out unless asked.
/// </summary>
public sealed class RelaxedMatchTests(ArticleFixture archive) : IClassFixture<ArticleFixture>
{
    [Theory]
    [InlineData("杜花")]     // a name: 杜 and 花 each stand in 杜鹃花
    [InlineData("王莎伟")]   // characters of three reporters' names
    public void A_name_not_in_the_archive_gives_no_near_matches_on_its_single_characters(string name)
    {
        var response = archive.Find(name);

        Assert.Equal(0, response.Total);
        Assert.False(response.Relaxed);
    }

    [Fact]
    public void A_near_match_shares_whole_words_with_the_query_whatever_single_characters_it_has()
    {
        var response = archive.Find("电村花农收入增加多少");

        Assert.True(response.Relaxed);
        Assert.Equal(["花农增收有新路"], response.Hits.Select(h => h.Title));
    }

    [Fact]
    public void An_export_leaves_near_matches_out_unless_asked_for_them()
    {
        using (var strictOnly = archive.Workspace.Exporter.Start(new SearchRequest("花农收入增加")))
        {
            Assert.Equal(0, strictOnly.Total);
            Assert.False(strictOnly.Relaxed);
        }

        using var withRelaxed = archive.Workspace.Exporter.Start(new SearchRequest("花农收入增加"), includeRelaxed: true);
        Assert.True(withRelaxed.Relaxed);
        Assert.Contains(withRelaxed.Hits(), h => h.Title == "花农增收有新路");
    }
}
