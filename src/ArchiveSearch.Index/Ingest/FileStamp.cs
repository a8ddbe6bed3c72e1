using System.Globalization;

namespace ArchiveSearch.Index.Ingest;

/// <summary>
/// Size and modification time of a page file and of its sidecar, as one comparable string. A page whose stamp
/// is what its record says is not read again: a rescan costs one directory listing, not a hash of every page.
/// </summary>
public readonly record struct FileStamp(long Size, DateTime ModifiedUtc, long SidecarSize, DateTime? SidecarModifiedUtc)
{
    public override string ToString()
    {
        var page = string.Create(CultureInfo.InvariantCulture, $"{Size}@{ModifiedUtc.Ticks}");
        return SidecarModifiedUtc is { } sidecar
            ? string.Create(CultureInfo.InvariantCulture, $"{page}+{SidecarSize}@{sidecar.Ticks}")
            : page;
    }

    /// <summary>When the page or its sidecar last changed.</summary>
    public DateTime LastChangeUtc => SidecarModifiedUtc is { } sidecar && sidecar > ModifiedUtc ? sidecar : ModifiedUtc;
}
