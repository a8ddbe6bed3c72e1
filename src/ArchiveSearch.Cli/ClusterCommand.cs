using System.CommandLine;
using System.Text.Json;
using ArchiveSearch.Index.ClusterSearch;

namespace ArchiveSearch.Cli;

/// <summary>
/// <c>cluster alias --to INDEX</c>: moves the alias searches and writes go to onto a rebuilt index in one atomic
/// <c>_aliases</c> request (<see cref="ClusterAlias"/>), so a rebuild goes live without downtime. The cluster is named
/// by <c>--url</c>; signing in comes from ARCHIVESEARCH_ELASTICSEARCH_API_KEY, or _USER and _PASSWORD, so no secret is
/// on the command line.
/// </summary>
internal static class ClusterCommand
{
    public const string ApiKeyVariable = "ARCHIVESEARCH_ELASTICSEARCH_API_KEY";
    public const string UserVariable = "ARCHIVESEARCH_ELASTICSEARCH_USER";
    public const string PasswordVariable = "ARCHIVESEARCH_ELASTICSEARCH_PASSWORD";

    public static Command Create()
    {
        var url = new Option<string>("--url") { Description = "the cluster's address (Search:ElasticsearchUrl)", Required = true };
        var alias = new Option<string>("--alias") { Description = "the alias searches and writes go to (Search:ElasticsearchIndex)", DefaultValueFactory = _ => ClusterSettings.DefaultIndex };
        var to = new Option<string>("--to") { Description = "the loaded index the alias moves to, such as archivesearch-2", Required = true };
        var move = new Command("alias", "Move the alias to a loaded index in one atomic request, leaving every index that held it") { url, alias, to };
        move.SetAction(parse =>
        {
            var address = parse.GetValue(url)!;
            if (!Uri.TryCreate(address.Trim(), UriKind.Absolute, out var cluster) || cluster.Scheme is not ("http" or "https"))
                throw new ArgumentException($"--url '{address}' must be an absolute http or https address, such as https://search.example:9200.");
            var settings = new ClusterSettings(cluster, parse.GetValue(alias)!)
            {
                ApiKey = Variable(ApiKeyVariable),
                User = Variable(UserVariable),
                Password = Variable(PasswordVariable),
            };
            var target = parse.GetValue(to)!;
            var left = new ClusterAlias(new ClusterConnection(settings)).MoveTo(target);
            Console.WriteLine(JsonSerializer.Serialize(new { alias = settings.Index, from = left, to = target }));
            return 0;
        });
        return new Command("cluster", "Work on the cluster the service searches") { move };
    }

    private static string? Variable(string name) => Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : null;
}
