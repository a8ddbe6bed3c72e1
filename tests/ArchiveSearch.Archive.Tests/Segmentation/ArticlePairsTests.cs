using ArchiveSearch.Archive.Articles;
using ArchiveSearch.Archive.Pages;
using ArchiveSearch.Archive.Segmentation;
using ArchiveSearch.Testing;

namespace ArchiveSearch.Archive.Tests.Segmentation;

/// <summary>
/// An item's pairs counted once answer what building the item's text without one paragraph answered: the same
/// number of shared pairs for every paragraph, the seams between paragraphs included.
/// </summary>
public sealed class ArticlePairsTests
{
    private static Article Item(string title, params string[] paragraphs) => new() { Ordinal = 1, Title = title, Paragraphs = paragraphs };

    /// <summary>The rest of the item as one string, as the rules once built it for each paragraph.</summary>
    private static string Rest(Article article, int paragraph) =>
        article.Title + string.Concat(article.Paragraphs.Where((_, k) => k != paragraph));

    private static string TextOf(Article article) => article.Title + string.Concat(article.Paragraphs);

    [Fact]
    public void A_pair_only_the_seam_around_a_paragraph_makes_is_not_in_the_rest_of_the_item()
    {
        // The paragraph's 杨梅 is also made where the title's 杨 meets its 梅; without the paragraph both are gone.
        var item = Item("石湾杨", "梅节上果农说杨梅好卖。", "游客在果园采摘。");

        Assert.Equal(TextCohesion.Shared(item.Paragraphs[0], Rest(item, 0)), ArticlePairs.Of(item).SharedWithRest(0));
        Assert.Equal(0, ArticlePairs.Of(item).SharedWithRest(0));
    }

    [Fact]
    public void A_pair_the_seam_closed_over_a_paragraph_makes_counts_as_the_rest_of_the_item()
    {
        // Without the middle paragraph the first ends in 杨 and the last opens with 梅: the rest has 杨梅, as does the middle.
        var item = Item("果园", "石湾的杨", "杨梅节上，果农说杨梅好卖。", "梅子也熟了");

        Assert.Equal(TextCohesion.Shared(item.Paragraphs[1], Rest(item, 1)), ArticlePairs.Of(item).SharedWithRest(1));
        Assert.True(ArticlePairs.Of(item).SharedWithRest(1) >= 1);
    }

    [Fact]
    public void Empty_and_one_character_paragraphs_leave_the_seams_where_the_joined_text_has_them()
    {
        var item = Item("", "杨", "", "梅子熟了，杨梅节开幕。", "梅", "节日里果农增收");

        for (var i = 0; i < item.Paragraphs.Count; i++)
            Assert.Equal(TextCohesion.Shared(item.Paragraphs[i], Rest(item, i)), ArticlePairs.Of(item).SharedWithRest(i));
    }

    [Fact]
    public void Every_paragraph_of_the_marked_and_sample_pages_shares_with_its_item_and_neighbours_what_the_joined_texts_share()
    {
        var pages = new[] { "eval", "samples" }
            .SelectMany(folder => Directory.GetFiles(Path.Combine(SharedFolder.RepositoryRoot, folder), "*.txt", SearchOption.AllDirectories))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.NotEmpty(pages);
        var compared = 0;
        foreach (var page in pages)
        {
            var articles = SegmentationPipeline.Standard.Run(PageTextReader.Read(page).Text!).Articles;
            for (var a = 0; a < articles.Count; a++)
            {
                var item = articles[a];
                var neighbour = articles[(a + 1) % articles.Count];
                for (var i = 0; i < item.Paragraphs.Count; i++)
                {
                    var paragraph = item.Paragraphs[i];
                    Assert.Equal(TextCohesion.Shared(paragraph, Rest(item, i)), ArticlePairs.Of(item).SharedWithRest(i));
                    Assert.Equal(TextCohesion.Shared(paragraph, TextOf(neighbour)), ArticlePairs.Of(item).SharedWith(i, ArticlePairs.Of(neighbour)));
                    Assert.Equal(TextCohesion.BelongsElsewhere(paragraph, Rest(item, i), TextOf(neighbour)), ArticlePairs.Of(item).BelongsElsewhere(i, ArticlePairs.Of(neighbour)));
                    compared++;
                }
            }
        }

        Assert.True(compared > 500, $"{compared} paragraphs compared");
    }
}
