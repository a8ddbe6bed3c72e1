namespace ArchiveSearch.Archive.Pages;

/// <summary>What is known about a page beyond its text: which paper, which day, which page and section.</summary>
public sealed record PageMetadata(string? Paper = null, DateOnly? Date = null, string? Page = null, string? Section = null)
{
    public static readonly PageMetadata None = new();
}
