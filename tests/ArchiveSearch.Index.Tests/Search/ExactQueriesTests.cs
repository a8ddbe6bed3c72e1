using ArchiveSearch.Index.Schema;
using ArchiveSearch.Index.Search;
using Lucene.Net.Search;

namespace ArchiveSearch.Index.Tests.Search;

/// <summary>Exact-match queries over the real index: what a typed string finds, white space included.</summary>
public sealed class ExactQueriesTests : IClassFixture<ArticleFixture>
{
    private readonly ArticleFixture fixture;

    public ExactQueriesTests(ArticleFixture fixture) => this.fixture = fixture;

    private int Count(Query? query) => fixture.Index.Read(searcher => searcher.Search(query!, 100).TotalHits);

    [Theory]
    [InlineData("杜鹃花", 5)]
    [InlineData("杜鹃", 5)]
    [InlineData("湖", 1)]
    [InlineData("鹃杜", 0)]
    [InlineData("花节开幕", 1)]
    public void A_string_finds_the_articles_that_contain_it(string text, int expected) =>
        Assert.Equal(expected, Count(ExactQueries.Contains(ExactField.Text, text)));

    [Fact]
    public void White_space_in_a_typed_string_only_matches_white_space_in_the_text()
    {
        // The byline is "记者 王卢莎": 记者 and 王 stand one position apart, across white space.
        Assert.Equal(2, Count(ExactQueries.Contains(ExactField.Text, "记者 王卢莎")));
        Assert.Equal(0, Count(ExactQueries.Contains(ExactField.Text, "花节 幕")));
    }

    [Fact]
    public void The_span_form_matches_the_same_articles_as_the_query()
    {
        foreach (var text in new[] { "杜鹃花", "湖", "记者 王卢莎", "鹃杜" })
            Assert.Equal(Count(ExactQueries.Contains(ExactField.Text, text)), Count(ExactQueries.Span(ExactField.Text, text)));
    }

    [Fact]
    public void Author_and_headline_fields_hold_only_their_own_text()
    {
        Assert.Equal(2, Count(ExactQueries.Contains(ExactField.Author, "王卢莎")));
        Assert.Equal(0, Count(ExactQueries.Contains(ExactField.Author, "杜鹃花")));
        Assert.Equal(1, Count(ExactQueries.Contains(ExactField.Headline, "花节开幕")));
        Assert.Equal(0, Count(ExactQueries.Contains(ExactField.Headline, "三百余种")));
    }
}
