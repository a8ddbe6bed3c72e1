using Xunit;

namespace ArchiveSearch.Testing;

/// <summary>
/// Locates the team's <c>shared/</c> folder (real pages, the corpus, the Java reference tools), which
/// sits beside the repository. Tests that need it skip visibly when it is absent.
/// </summary>
public static class SharedFolder
{
    /// <summary>The repository root (the folder holding ArchiveSearch.sln).</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    // Declared after RepositoryRoot: static initializers run in order.
    public static string? Root { get; } = Find();

    public static string? Seeds => Sub("seeds");
    public static string? Corpus => Sub("corpus");
    public static string? SmartCnOracle => Sub(Path.Combine("tools", "smartcn-oracle"));

    public static IReadOnlyList<string> SeedPages =>
        Seeds is null ? [] : Directory.GetFiles(Seeds, "*.txt").OrderBy(p => p, StringComparer.Ordinal).ToArray();

    private static string? Sub(string name)
    {
        if (Root is null) return null;
        var path = Path.Combine(Root, name);
        return Directory.Exists(path) ? path : null;
    }

    private static string? Find()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("ARCHIVESEARCH_SHARED");
        if (!string.IsNullOrEmpty(fromEnvironment))
            return Directory.Exists(fromEnvironment) ? Path.GetFullPath(fromEnvironment) : null;
        var candidate = Path.Combine(RepositoryRoot, "..", "shared");
        return Directory.Exists(candidate) ? Path.GetFullPath(candidate) : null;
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ArchiveSearch.sln")))
                return dir.FullName;
        }

        throw new InvalidOperationException("ArchiveSearch.sln not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>A fact that runs only when the shared folder (or a part of it) exists, and is reported as skipped otherwise.</summary>
public sealed class SharedFactAttribute : FactAttribute
{
    public SharedFactAttribute(string part = "")
    {
        var path = part.Length == 0 ? SharedFolder.Root : SharedFolder.Root is null ? null : Path.Combine(SharedFolder.Root, part);
        if (path is null || !(Directory.Exists(path) || File.Exists(path)))
            Skip = $"../shared/{part} is absent: this check runs only beside the team's shared folder";
    }
}

/// <summary>A theory counterpart of <see cref="SharedFactAttribute"/>.</summary>
public sealed class SharedTheoryAttribute : TheoryAttribute
{
    public SharedTheoryAttribute(string part = "")
    {
        var path = part.Length == 0 ? SharedFolder.Root : SharedFolder.Root is null ? null : Path.Combine(SharedFolder.Root, part);
        if (path is null || !(Directory.Exists(path) || File.Exists(path)))
            Skip = $"../shared/{part} is absent: this check runs only beside the team's shared folder";
    }
}
