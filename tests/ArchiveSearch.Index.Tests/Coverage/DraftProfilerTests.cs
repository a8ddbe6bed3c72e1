using ArchiveSearch.Index.Coverage;
using ArchiveSearch.Index.Schema;
using ArchiveSearch.Index.Tests.Search;
using Microsoft.Extensions.Logging.Abstractions;

namespace ArchiveSearch.Index.Tests.Coverage;

/// <summary>A draft's profile: its words and names, and what counting the names may cost.</summary>
public sealed class DraftProfilerTests(SampleArchive samples) : IClassFixture<SampleArchive>
{
    private static readonly ArchiveAnalyzers Analyzers = ArchiveAnalyzers.Create(NullLogger.Instance);

    private const string BirdDraft = "护鸟员覃守义又出发了。覃守义在鹤鸣湖巡护已近二十年，写满了巡护日记。";

    [Fact]
    public void A_name_the_archive_holds_is_counted_and_its_articles_kept() => samples.Archive.Workspace.Index.Read(searcher =>
    {
        var profile = DraftProfiler.Profile(searcher, Analyzers.Words, BirdDraft, new WordPostings(searcher.IndexReader));

        var name = Assert.Single(profile.Units, u => u.Text == "覃守义");
        Assert.True(name.IsName);
        Assert.Equal(name.DocFreq, profile.NameHolders["覃守义"].Count);
        return 0;
    });

    [Fact]
    public void Names_are_not_counted_past_the_budget_of_their_rarest_characters_postings() => samples.Archive.Workspace.Index.Read(searcher =>
    {
        var profile = DraftProfiler.Profile(searcher, Analyzers.Words, BirdDraft, new WordPostings(searcher.IndexReader), maxNamePostings: 0);

        Assert.DoesNotContain(profile.Units, u => u.IsName);
        Assert.Empty(profile.NameHolders);
        Assert.Contains(profile.Units, u => u.Text == "巡护");
        return 0;
    });

    [Fact]
    public void A_string_whose_character_no_article_holds_is_no_name() => samples.Archive.Workspace.Index.Read(searcher =>
    {
        var profile = DraftProfiler.Profile(searcher, Analyzers.Words, "䶮䶯䶰来了。䶮䶯䶰又来了。", new WordPostings(searcher.IndexReader));

        Assert.DoesNotContain(profile.Units, u => u.Text.Contains('䶮'));
        return 0;
    });
}
