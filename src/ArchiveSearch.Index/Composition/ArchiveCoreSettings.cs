using ArchiveSearch.Archive.Pages;
using ArchiveSearch.Index.Ingest;
using ArchiveSearch.Index.Store;

namespace ArchiveSearch.Index.Composition;

/// <summary>
/// Everything a host decides about the archive's parts, handed to <see cref="ArchiveCoreServices.AddArchiveCore"/> in
/// one piece: the service builds it from its validated options, tools from the index path and the defaults.
/// </summary>
public sealed record ArchiveCoreSettings(string IndexPath)
{
    public IngestSettings Ingest { get; init; } = IngestSettings.Defaults;

    public IndexIntegrityOptions Integrity { get; init; } = IndexIntegrityOptions.Defaults;

    public PageLimits Limits { get; init; } = PageLimits.Default;

    /// <summary>Pattern deriving page metadata from a page's path; none reads metadata from sidecars only.</summary>
    public string? PathPattern { get; init; }

    /// <summary>Folder of the archivists' corrections of pages' cuts; none leaves every page as the segmenter cut it.</summary>
    public string? CorrectionsPath { get; init; }
}
