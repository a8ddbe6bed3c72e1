using ArchiveSearch.Index.Coverage;
using ArchiveSearch.Index.Schema;
using ArchiveSearch.Index.Tests.Search;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ArchiveSearch.Index.Tests.Coverage;

/// <summary>A draft's words looked up once in the index: their frequencies, and which articles hold them, read from the postings.</summary>
public sealed class WordPostingsTests(ArticleFixture archive) : IClassFixture<ArticleFixture>
{
    [Theory]
    [InlineData("杜鹃花")]
    [InlineData("花农")]
    [InlineData("不在任何文章里的词")]
    public void A_words_frequency_is_the_larger_of_its_headline_and_body_frequencies(string word) => archive.Index.Read(searcher =>
    {
        var expected = Math.Max(searcher.IndexReader.DocFreq(new Term(ArticleFields.Title, word)), searcher.IndexReader.DocFreq(new Term(ArticleFields.Body, word)));

        Assert.Equal(expected, new WordPostings(searcher.IndexReader).DocFreq(word));
        return 0;
    });

    [Fact]
    public void The_articles_it_marks_as_holding_a_word_are_those_a_search_of_that_word_finds_across_segments() => archive.Index.Read(searcher =>
    {
        var everyDoc = Enumerable.Range(0, searcher.IndexReader.MaxDoc).ToList();
        var holds = new bool[everyDoc.Count];

        new WordPostings(searcher.IndexReader).MarkHolders("杜鹃花", everyDoc, holds);

        var found = Matching(searcher, "杜鹃花");
        Assert.True(found.Count >= 3, $"{found.Count} articles");
        Assert.Equal(found, everyDoc.Where(d => holds[d]).ToHashSet());
        return 0;
    });

    [Fact]
    public void Walking_a_words_holders_gives_the_same_articles_as_marking_them() => archive.Index.Read(searcher =>
    {
        var postings = new WordPostings(searcher.IndexReader);
        postings.LookUp(["春耕", "杜鹃花"]);

        Assert.Equal(Matching(searcher, "杜鹃花"), postings.Holders("杜鹃花").ToHashSet());
        Assert.True(postings.Postings("杜鹃花") >= postings.DocFreq("杜鹃花"));
        return 0;
    });

    private static HashSet<int> Matching(IndexSearcher searcher, string word)
    {
        var any = new BooleanQuery();
        foreach (var field in new[] { ArticleFields.Title, ArticleFields.Subtitle, ArticleFields.Body })
            any.Add(new TermQuery(new Term(field, word)), Occur.SHOULD);
        return searcher.Search(any, 1000).ScoreDocs.Select(d => d.Doc).ToHashSet();
    }
}
