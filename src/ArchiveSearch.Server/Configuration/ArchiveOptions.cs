using System.ComponentModel.DataAnnotations;
using ArchiveSearch.Archive.Pages;

namespace ArchiveSearch.Server.Configuration;

/// <summary>The <c>Archive</c> configuration section: where pages come from and where the index lives.</summary>
public sealed class ArchiveOptions
{
    public const string Section = "Archive";

    /// <summary>Folder watched for page files (<c>*.txt</c>, recursively).</summary>
    [Required(AllowEmptyStrings = false)]
    public string InboxPath { get; set; } = "samples";

    /// <summary>Folder of the on-disk Lucene index.</summary>
    [Required(AllowEmptyStrings = false)]
    public string IndexPath { get; set; } = "index";

    /// <summary>A full rescan of the inbox runs this often, catching anything the file watcher missed.</summary>
    [Range(1, 86400)]
    public int RescanSeconds { get; set; } = 30;

    /// <summary>How long to wait for a burst of file events to settle before indexing it.</summary>
    [Range(0, 5000)]
    public int DebounceMilliseconds { get; set; } = 150;

    /// <summary>Optional pattern that derives page metadata from a page's path, e.g. <c>{paper}/{yyyy}/{MM}/{dd}/{page}.txt</c>.</summary>
    public string? PathPattern { get; set; }

    /// <summary>Page files larger than this are quarantined unread, with the reason (a newspaper page is tens of kilobytes).</summary>
    [Range(1024, 1L << 30)]
    public long MaxPageBytes { get; set; } = PageLimits.DefaultMaxPageBytes;
}
