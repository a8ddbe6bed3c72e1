using ArchiveSearch.Index.Schema;
using ArchiveSearch.Index.Search;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Microsoft.Extensions.Logging.Abstractions;

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

    [Fact]
    public void One_character_is_one_term_of_the_character_field()
    {
        var query = Assert.IsType<TermQuery>(ExactQueries.Contains(ExactField.Text, "湖"));
        Assert.Equal(new Term(ExactField.Text.Name, "湖"), query.Term);
    }

    [Fact]
    public void Two_characters_are_one_term_of_the_pair_field()
    {
        var query = Assert.IsType<PairOrPhraseQuery>(ExactQueries.Contains(ExactField.Text, "杜鵑"));
        Assert.Equal(new Term(ExactField.Text.Pairs, "杜鹃"), query.Pair.Term);
        Assert.True(fixture.Index.Read(searcher => searcher.IndexReader.Leaves.All(leaf => query.PairsCover(leaf.AtomicReader))));
        Assert.Equal(5, Count(query));
    }

    [Fact]
    public void A_longer_string_is_the_phrase_of_its_characters()
    {
        var query = Assert.IsType<PhraseQuery>(ExactQueries.Contains(ExactField.Headline, "杜鹃花节开"));
        Assert.Equal("headline_x:\"杜 鹃 花 节 开\"", query.ToString());
    }

    [Fact]
    public void A_quoted_two_character_search_reads_the_pair_fields_and_no_positions()
    {
        using var analyzers = ArchiveAnalyzers.Create(NullLogger.Instance);
        var match = new QueryCompiler(analyzers).Compile("\"杜鹃\"").Match.ToString();

        Assert.Contains("text_xp:杜鹃", match);
        Assert.Contains("headline_xp:杜鹃", match);
        Assert.DoesNotContain("_x:", match);
        Assert.Equal(5, fixture.Find("\"杜鹃\"").Total);
    }
}
