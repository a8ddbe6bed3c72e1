using System.ComponentModel.DataAnnotations;

namespace ArchiveSearch.Server.Configuration;

/// <summary>
/// The <c>Coverage</c> configuration section: limits of the earlier-coverage endpoints. Settings under the section's
/// former name, <c>Similar</c>, are still read (a <c>Coverage</c> setting wins over the same one under <c>Similar</c>).
/// </summary>
public sealed class CoverageOptions
{
    public const string Section = "Coverage";

    /// <summary>The section's former name, still accepted.</summary>
    public const string AliasSection = "Similar";

    /// <summary>
    /// Largest request body POST /api/coverage reads, in bytes. A draft is an article, not a book: 64 KB holds
    /// some 20,000 Chinese characters; a larger body is refused with 413 before it is read.
    /// </summary>
    [Range(1024, 16 * 1024 * 1024)]
    public int MaxDraftBytes { get; set; } = 64 * 1024;
}
