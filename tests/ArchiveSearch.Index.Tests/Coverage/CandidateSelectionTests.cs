using ArchiveSearch.Index.Coverage;
using ArchiveSearch.Index.Schema;
using ArchiveSearch.Index.Tests.Search;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Microsoft.Extensions.Logging.Abstractions;

namespace ArchiveSearch.Index.Tests.Coverage;

/// <summary>Candidate selection: the articles of most draft weight, found within a bounded walk of the rarest units' postings.</summary>
public sealed class CandidateSelectionTests(SampleArchive samples) : IClassFixture<SampleArchive>
{
    private static readonly ArchiveAnalyzers Analyzers = ArchiveAnalyzers.Create(NullLogger.Instance);

    private const string LibraryDraft = "青石县图书馆晚上开到十点，下班的年轻人来读书。馆长孙海燕说，古籍修复体验区和亲子阅读角最受欢迎，周六还有读书沙龙。";

    /// <summary>Common words the sample pages share: many articles hold at least one of them.</summary>
    private const string CommonDraft = "记者 报道 活动 工作 发展 建设 群众 社区 服务 市民 今天 表示 进行 我们 已经 开始";

    [Fact]
    public void The_first_candidate_of_a_related_draft_is_its_story_holding_the_drafts_words() => samples.Archive.Workspace.Index.Read(searcher =>
    {
        var candidates = Select(searcher, LibraryDraft, CoverageThresholds.Calibrated);

        var first = ArticleDocuments.Read(searcher.Doc(candidates[0].Doc));
        Assert.StartsWith("青石县图书馆", first.Title);
        Assert.Contains(candidates[0].Words, w => w.Text == "古籍");
        Assert.All(candidates[0].Words, w => Assert.False(w.IsName));
        return 0;
    });

    [Fact]
    public void Candidates_are_capped_however_many_articles_hold_the_drafts_words() => samples.Archive.Workspace.Index.Read(searcher =>
    {
        var holding = searcher.Search(new TermQuery(new Term(ArticleFields.DocType, DocTypes.Article)), 1).TotalHits;

        var candidates = Select(searcher, CommonDraft, CoverageThresholds.None, candidates: 5);

        Assert.True(holding > 5, $"{holding} articles");
        Assert.Equal(5, candidates.Count);
        return 0;
    });

    [Fact]
    public void A_unit_whose_postings_would_pass_the_walks_budget_brings_in_no_candidate() => samples.Archive.Workspace.Index.Read(searcher =>
    {
        var unbounded = Select(searcher, CommonDraft, CoverageThresholds.None);
        var bounded = Select(searcher, CommonDraft, CoverageThresholds.None, maxPostings: 0);

        Assert.NotEmpty(unbounded);
        Assert.Empty(bounded);
        return 0;
    });

    [Fact]
    public void An_article_that_cannot_reach_the_thresholds_is_not_a_candidate() => samples.Archive.Workspace.Index.Read(searcher =>
    {
        var impossible = new CoverageThresholds(MinScore: 0.1, MinSharedUnits: 1000);

        Assert.Empty(Select(searcher, LibraryDraft, impossible));
        return 0;
    });

    private static List<CoverageCandidate> Select(
        IndexSearcher searcher, string draft, CoverageThresholds thresholds, int candidates = CandidateSelection.Candidates, int maxPostings = CandidateSelection.MaxPostings)
    {
        var postings = new WordPostings(searcher.IndexReader);
        var profile = DraftProfiler.Profile(searcher, Analyzers.Words, draft, postings);
        return CandidateSelection.Select(searcher.IndexReader, profile, postings, new CandidateFilter(null, null), thresholds, maxPostings, candidates);
    }
}
