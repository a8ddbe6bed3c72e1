using System.Text.Json;
using ArchiveSearch.Testing;

namespace ArchiveSearch.Cli.Tests;

/// <summary><c>archivesearch cluster alias</c> as an operator runs it: a real process against a recorded cluster.</summary>
public sealed class ClusterCommandTests
{
    [Fact]
    public void Cluster_alias_moves_the_alias_to_the_loaded_index_and_says_which_it_left()
    {
        using var cluster = new RecordedCluster((_, path) => (200, path == "/_alias/archivesearch" ? """{"archivesearch-1":{"aliases":{"archivesearch":{}}}}""" : """{"acknowledged":true}"""));

        var (exit, output, error) = CliProcess.Run("cluster", "alias", "--url", cluster.Url.ToString(), "--to", "archivesearch-2");

        Assert.True(exit == 0, error);
        var answer = JsonDocument.Parse(output).RootElement;
        Assert.Equal("archivesearch", answer.GetProperty("alias").GetString());
        Assert.Equal("archivesearch-1", answer.GetProperty("from")[0].GetString());
        Assert.Equal("archivesearch-2", answer.GetProperty("to").GetString());
        lock (cluster.Requests)
            Assert.Contains(cluster.Requests, r => r.Path == "/_aliases" && r.Body.Contains("\"add\"", StringComparison.Ordinal));
    }

    [Fact]
    public void Cluster_alias_to_a_missing_index_is_refused_in_one_line_and_moves_nothing()
    {
        using var cluster = new RecordedCluster((_, path) => path.EndsWith("/_settings", StringComparison.Ordinal)
            ? (404, """{"error":{"type":"index_not_found_exception","reason":"no such index [archivesearch-9]"},"status":404}""")
            : (200, """{"acknowledged":true}"""));

        var (exit, _, error) = CliProcess.Run("cluster", "alias", "--url", cluster.Url.ToString(), "--to", "archivesearch-9");

        Assert.Equal(1, exit);
        Assert.Contains("There is no index 'archivesearch-9'", error);
        Assert.Single(error.Trim().Split('\n'));
        lock (cluster.Requests)
            Assert.DoesNotContain(cluster.Requests, r => r.Path == "/_aliases");
    }
}
