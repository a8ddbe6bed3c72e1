using System.ComponentModel.DataAnnotations;

namespace ArchiveSearch.Server.Configuration;

/// <summary>The <c>Similar</c> configuration section: limits of the earlier-coverage endpoints.</summary>
public sealed class SimilarOptions
{
    public const string Section = "Similar";

    /// <summary>
    /// Largest request body POST /api/similar reads, in bytes. A draft is an article, not a book: 64 KB holds
    /// some 20,000 Chinese characters; a larger body is refused with 413 before it is read.
    /// </summary>
    [Range(1024, 16 * 1024 * 1024)]
    public int MaxDraftBytes { get; set; } = 64 * 1024;
}
