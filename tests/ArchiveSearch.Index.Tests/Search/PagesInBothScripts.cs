using ArchiveSearch.Testing;

namespace ArchiveSearch.Index.Tests.Search;

/// <summary>The sample pages and their traditional-character versions, for the recall tests that read both scripts.</summary>
internal static class PagesInBothScripts
{
    public static readonly string Simplified = Path.Combine(SharedFolder.RepositoryRoot, "samples");
    public static readonly string Traditional = Path.Combine(SharedFolder.RepositoryRoot, "tests", "ArchiveSearch.Index.Tests", "TraditionalPages");

    /// <summary>
    /// Copies both versions into the folders <c>simplified</c> and <c>traditional</c> of the inbox. Page files only:
    /// with the same sidecar both versions of a page would be the same page.
    /// </summary>
    public static void CopyInto(string inbox)
    {
        foreach (var (name, folder) in new[] { ("simplified", Simplified), ("traditional", Traditional) })
        {
            var target = Directory.CreateDirectory(Path.Combine(inbox, name));
            foreach (var file in Directory.GetFiles(folder, "*.txt"))
                File.Copy(file, Path.Combine(target.FullName, Path.GetFileName(file)));
        }
    }
}
