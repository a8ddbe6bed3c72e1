namespace ArchiveSearch.Accounts;

/// <summary>What an account may do: readers read, archivists also correct how pages are cut.</summary>
public static class Roles
{
    public const string Reader = "reader";
    public const string Archivist = "archivist";

    public static readonly IReadOnlyList<string> All = [Reader, Archivist];

    public static bool IsKnown(string role) => All.Contains(role, StringComparer.Ordinal);
}
