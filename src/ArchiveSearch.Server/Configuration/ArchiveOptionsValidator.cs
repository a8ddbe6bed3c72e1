using Microsoft.Extensions.Options;

namespace ArchiveSearch.Server.Configuration;

/// <summary>Checks at start-up what the annotations cannot: that the inbox exists and the index folder can be made.</summary>
public sealed class ArchiveOptionsValidator : IValidateOptions<ArchiveOptions>
{
    public ValidateOptionsResult Validate(string? name, ArchiveOptions options)
    {
        var failures = new List<string>();
        if (!string.IsNullOrWhiteSpace(options.InboxPath) && !Directory.Exists(options.InboxPath))
            failures.Add($"Archive:InboxPath '{Path.GetFullPath(options.InboxPath)}' does not exist; create it or point Archive:InboxPath at the folder of page files.");
        if (!string.IsNullOrWhiteSpace(options.IndexPath) && File.Exists(options.IndexPath))
            failures.Add($"Archive:IndexPath '{Path.GetFullPath(options.IndexPath)}' is a file; it must be a folder.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
