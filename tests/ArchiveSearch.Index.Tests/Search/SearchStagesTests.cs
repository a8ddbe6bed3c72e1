using ArchiveSearch.Index.Search;

namespace ArchiveSearch.Index.Tests.Search;

public sealed class SearchStagesTests : IClassFixture<ArticleFixture>
{
    private readonly ArticleFixture fixture;

    public SearchStagesTests(ArticleFixture fixture) => this.fixture = fixture;

    [Fact]
    public void A_recorded_search_times_each_of_its_stages_and_the_count_only_pass_apart()
    {
        using var recording = SearchStages.Record();
        var response = fixture.Find("杜鹃花");

        Assert.True(response.Total > 0);
        var stages = recording.Milliseconds;
        Assert.Equal(["parse", "collect", SearchStages.MatchOnly, "facet_values", "stored_fields", "snippets"], stages.Keys);
        Assert.All(stages.Values, ms => Assert.True(ms >= 0));
    }

    [Fact]
    public void Searches_after_the_recording_ends_add_nothing_to_it()
    {
        IReadOnlyDictionary<string, double> before;
        var recording = SearchStages.Record();
        using (recording)
        {
            fixture.Find("杜鹃花");
            before = recording.Milliseconds;
        }

        fixture.Find("春耕");

        Assert.Equal(before, recording.Milliseconds);
    }

    [Fact]
    public void A_recording_sees_only_the_searches_of_its_own_thread()
    {
        using var recording = SearchStages.Record();

        var other = new Thread(() => fixture.Find("杜鹃花"));
        other.Start();
        other.Join();

        Assert.Empty(recording.Milliseconds);
    }
}
