using System.Text.Json.Serialization;

namespace ArchiveSearch.Archive.Corrections;

/// <summary>
/// Everything corrected on one page, in the order it was done: the content of one correction file, named by the
/// page's key. <see cref="Path"/> is where the page file was when last corrected, for people reading the file.
/// </summary>
public sealed record PageCorrections(string PageKey, string? Path, IReadOnlyList<Correction> Corrections)
{
    [JsonIgnore]
    public IEnumerable<Correction> Active => Corrections.Where(c => c.IsActive);
}
