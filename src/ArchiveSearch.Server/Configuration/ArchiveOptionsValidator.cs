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
        if (!string.IsNullOrWhiteSpace(options.CorrectionsPath) && !string.IsNullOrWhiteSpace(options.InboxPath) && !string.IsNullOrWhiteSpace(options.IndexPath))
        {
            // Corrections outlive the index (a rebuild applies them again) and are not pages.
            var corrections = Path.GetFullPath(options.CorrectionsPath);
            if (Inside(corrections, options.InboxPath) || Inside(corrections, options.IndexPath) || Inside(Path.GetFullPath(options.InboxPath), corrections))
                failures.Add($"Archive:CorrectionsPath '{corrections}' must be a folder of its own, outside Archive:InboxPath and Archive:IndexPath.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool Inside(string path, string folder)
    {
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        return path == root || path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }
}
