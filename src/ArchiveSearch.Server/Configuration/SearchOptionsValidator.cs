using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace ArchiveSearch.Server.Configuration;

/// <summary>
/// Checks the <c>Search</c> section at start-up: with <c>Engine=elasticsearch</c>, an absolute http(s) address, one way
/// of signing in (an API key, or a user with a password, or none), and an index name the cluster accepts.
/// </summary>
public sealed partial class SearchOptionsValidator : IValidateOptions<SearchOptions>
{
    public ValidateOptionsResult Validate(string? name, SearchOptions options)
    {
        if (!Enum.IsDefined(options.Engine))
            return ValidateOptionsResult.Fail($"Search:Engine must be lucene or elasticsearch, not '{options.Engine}'.");
        if (options.Engine != SearchEngineKind.Elasticsearch)
            return ValidateOptionsResult.Success;

        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.ElasticsearchUrl))
            failures.Add("Search:ElasticsearchUrl is required with Search:Engine=elasticsearch (the cluster's address, such as https://search.example:9200).");
        else if (!Uri.TryCreate(options.ElasticsearchUrl.Trim(), UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
            failures.Add($"Search:ElasticsearchUrl '{options.ElasticsearchUrl}' must be an absolute http or https address.");
        var hasKey = !string.IsNullOrWhiteSpace(options.ElasticsearchApiKey);
        var hasUser = !string.IsNullOrWhiteSpace(options.ElasticsearchUser);
        if (hasKey && hasUser)
            failures.Add("Search:ElasticsearchApiKey and Search:ElasticsearchUser are two ways of signing in; give one.");
        if (hasUser && string.IsNullOrEmpty(options.ElasticsearchPassword))
            failures.Add("Search:ElasticsearchUser needs Search:ElasticsearchPassword.");
        if (!hasUser && !string.IsNullOrEmpty(options.ElasticsearchPassword))
            failures.Add("Search:ElasticsearchPassword is given without Search:ElasticsearchUser.");
        if (string.IsNullOrWhiteSpace(options.ElasticsearchIndex) || !IndexName().IsMatch(options.ElasticsearchIndex))
            failures.Add($"Search:ElasticsearchIndex '{options.ElasticsearchIndex}' is not an index or alias name (lower case letters, digits, '-', '_', '.'; not starting with '-', '_' or '+').");
        if (options.ElasticsearchWriteAttempts is < 1 or > SearchOptions.MaxWriteAttempts)
            failures.Add($"Search:ElasticsearchWriteAttempts must be between 1 and {SearchOptions.MaxWriteAttempts}, not {options.ElasticsearchWriteAttempts}.");
        if (!(options.ElasticsearchRetrySeconds is >= 0 and <= SearchOptions.MaxRetrySeconds))
            failures.Add($"Search:ElasticsearchRetrySeconds must be between 0 and {SearchOptions.MaxRetrySeconds}, not {options.ElasticsearchRetrySeconds}.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    [GeneratedRegex(@"^[a-z0-9][a-z0-9._-]{0,254}$")]
    private static partial Regex IndexName();
}
