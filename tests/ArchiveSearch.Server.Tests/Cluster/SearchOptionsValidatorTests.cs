using ArchiveSearch.Server.Configuration;

namespace ArchiveSearch.Server.Tests.Cluster;

/// <summary>The Search section: the index needs nothing; a cluster needs an address, one way of signing in, and an index name.</summary>
public sealed class SearchOptionsValidatorTests
{
    private static readonly SearchOptionsValidator Validator = new();

    private static IReadOnlyList<string> Failures(SearchOptions options) =>
        Validator.Validate(null, options).Failures?.ToList() ?? [];

    private static SearchOptions Cluster(string? url = "https://search.example:9200") => new() { Engine = SearchEngineKind.Elasticsearch, ElasticsearchUrl = url };

    [Fact]
    public void The_index_engine_needs_no_other_setting()
    {
        Assert.True(Validator.Validate(null, new SearchOptions()).Succeeded);
    }

    [Fact]
    public void A_cluster_with_an_address_and_no_sign_in_is_valid()
    {
        Assert.True(Validator.Validate(null, Cluster()).Succeeded);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(" ")]
    public void A_cluster_without_an_address_is_refused_naming_the_setting(string? url)
    {
        Assert.Contains(Failures(Cluster(url)), f => f.StartsWith("Search:ElasticsearchUrl is required", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("search.example:9200")]
    [InlineData("ftp://search.example")]
    [InlineData("/relative")]
    public void An_address_that_is_not_absolute_http_is_refused(string url)
    {
        Assert.Contains(Failures(Cluster(url)), f => f.Contains("must be an absolute http or https address", StringComparison.Ordinal));
    }

    [Fact]
    public void An_api_key_and_a_user_together_are_refused_as_two_ways_of_signing_in()
    {
        var options = Cluster();
        options.ElasticsearchApiKey = "a2V5";
        options.ElasticsearchUser = "archivesearch";
        options.ElasticsearchPassword = "s3cret";

        Assert.Contains(Failures(options), f => f.Contains("two ways of signing in", StringComparison.Ordinal));
    }

    [Fact]
    public void A_user_without_a_password_is_refused()
    {
        var options = Cluster();
        options.ElasticsearchUser = "archivesearch";

        Assert.Contains(Failures(options), f => f.Contains("needs Search:ElasticsearchPassword", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("ArchiveSearch")]
    [InlineData("_archive")]
    [InlineData("archive search")]
    [InlineData("")]
    public void An_index_name_the_cluster_would_refuse_is_refused(string index)
    {
        var options = Cluster();
        options.ElasticsearchIndex = index;

        Assert.Contains(Failures(options), f => f.StartsWith("Search:ElasticsearchIndex", StringComparison.Ordinal));
    }

    [Fact]
    public void Valid_options_give_the_cluster_s_settings_with_blank_sign_in_left_out()
    {
        var options = Cluster();
        options.ElasticsearchApiKey = " ";
        options.ElasticsearchIndex = "archivesearch-3";

        var settings = options.ToClusterSettings();

        Assert.Equal(new Uri("https://search.example:9200"), settings.Url);
        Assert.Equal("archivesearch-3", settings.Index);
        Assert.Null(settings.ApiKey);
    }

    [Theory]
    [InlineData(0, 0.5, "Search:ElasticsearchWriteAttempts")]
    [InlineData(21, 0.5, "Search:ElasticsearchWriteAttempts")]
    [InlineData(5, -1, "Search:ElasticsearchRetrySeconds")]
    [InlineData(5, 31, "Search:ElasticsearchRetrySeconds")]
    public void Write_attempts_or_a_retry_wait_out_of_range_are_refused_naming_the_setting(int attempts, double seconds, string setting)
    {
        var options = Cluster();
        options.ElasticsearchWriteAttempts = attempts;
        options.ElasticsearchRetrySeconds = seconds;

        Assert.Contains(Failures(options), f => f.StartsWith(setting, StringComparison.Ordinal));
    }

    [Fact]
    public void The_write_attempts_and_retry_wait_become_the_cluster_s_retry()
    {
        var options = Cluster();
        options.ElasticsearchWriteAttempts = 3;
        options.ElasticsearchRetrySeconds = 0.25;

        var retry = options.ToClusterSettings().Retry;

        Assert.Equal(3, retry.Attempts);
        Assert.Equal(TimeSpan.FromSeconds(0.25), retry.FirstDelay);
        Assert.Equal(TimeSpan.FromSeconds(0.5), retry.DelayBefore(3));
    }
}
