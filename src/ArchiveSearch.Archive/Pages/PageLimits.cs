using ArchiveSearch.Archive.Files;

namespace ArchiveSearch.Archive.Pages;

/// <summary>
/// How much of an inbox file is read. A newspaper page is tens of kilobytes; a file of many megabytes is a mistake
/// (a dump, a log, a whole year in one file) that would cost memory many times its size to index, so it is
/// quarantined with the reason instead (<c>Archive:MaxPageBytes</c>). A sidecar holds a few short fields, so its
/// limit is far smaller (<c>Archive:MaxSidecarBytes</c>). No file is read for longer than <see cref="MaxReadTime"/>
/// (<c>Archive:MaxReadSeconds</c>), so a file on a failing share holds up one worker for that long, not forever.
/// </summary>
public sealed record PageLimits(long MaxPageBytes)
{
    public const long DefaultMaxPageBytes = 8 * 1024 * 1024;
    public const long DefaultMaxSidecarBytes = 64 * 1024;
    public const int DefaultMaxReadSeconds = 30;

    public static readonly PageLimits Default = new(DefaultMaxPageBytes);

    public long MaxSidecarBytes { get; init; } = DefaultMaxSidecarBytes;

    public TimeSpan MaxReadTime { get; init; } = TimeSpan.FromSeconds(DefaultMaxReadSeconds);

    public ReadLimits Page => new(MaxPageBytes, MaxReadTime, "page", "Archive:MaxPageBytes", "split it into pages or raise the limit");

    public ReadLimits Sidecar => new(MaxSidecarBytes, MaxReadTime, "sidecar", "Archive:MaxSidecarBytes");

    public static string TooLarge(long size, long maxBytes) => (Default with { MaxPageBytes = maxBytes }).Page.TooLarge(size);
}
