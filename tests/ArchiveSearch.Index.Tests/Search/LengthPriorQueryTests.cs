using ArchiveSearch.Index.Schema;
using ArchiveSearch.Index.Search;
using Lucene.Net.Search;

namespace ArchiveSearch.Index.Tests.Search;

public sealed class LengthPriorQueryTests(ArticleFixture fixture) : IClassFixture<ArticleFixture>
{
    [Fact]
    public void The_prior_adds_its_weight_times_each_articles_prior_and_changes_nothing_about_what_matches()
    {
        var match = ExactQueries.Contains(ExactField.Text, "杜鹃花")!;
        const float weight = 0.1f;

        var (plain, withPrior, priors) = fixture.Index.Read(searcher =>
        {
            var plainHits = searcher.Search(match, 100).ScoreDocs.ToDictionary(d => d.Doc, d => d.Score);
            var priorHits = searcher.Search(new LengthPriorQuery(match, weight), 100).ScoreDocs.ToDictionary(d => d.Doc, d => d.Score);
            var stored = plainHits.Keys.ToDictionary(doc => doc, doc => LengthPrior.Of(ArticleDocuments.Read(searcher.Doc(doc)).Body));
            return (plainHits, priorHits, stored);
        });

        Assert.Equal(plain.Keys.Order(), withPrior.Keys.Order());
        Assert.Contains(priors.Values, p => p > 0);
        Assert.All(plain, hit => Assert.Equal(hit.Value + weight * priors[hit.Key], withPrior[hit.Key], 4));
    }
}
