using System.Globalization;

namespace ArchiveSearch.Archive.Pages;

/// <summary>
/// The largest page file that is read (<c>Archive:MaxPageBytes</c>). A newspaper page is tens of kilobytes;
/// a file of many megabytes is a mistake (a dump, a log, a whole year in one file) that would cost memory many
/// times its size to index, so it is quarantined with the reason instead.
/// </summary>
public sealed record PageLimits(long MaxPageBytes)
{
    public const long DefaultMaxPageBytes = 8 * 1024 * 1024;

    public static readonly PageLimits Default = new(DefaultMaxPageBytes);

    public static string TooLarge(long size, long maxBytes) => string.Create(CultureInfo.InvariantCulture,
        $"the file is {size:N0} bytes, over the page size limit of {maxBytes:N0} bytes (Archive:MaxPageBytes); split it into pages or raise the limit");
}
