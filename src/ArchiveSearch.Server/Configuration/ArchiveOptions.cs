using System.ComponentModel.DataAnnotations;
using ArchiveSearch.Archive.Pages;
using ArchiveSearch.Index.Composition;
using ArchiveSearch.Index.Ingest;
using ArchiveSearch.Index.Store;

namespace ArchiveSearch.Server.Configuration;

/// <summary>
/// The <c>Archive</c> configuration section: where pages come from and where the index lives, bound and validated
/// once. Defaults come from the settings they fill (<see cref="IngestSettings.Defaults"/>, <see cref="IndexIntegrityOptions.Defaults"/>).
/// </summary>
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

    /// <summary>A changed file is indexed once it has not changed for this long, so a page being written is indexed once, whole.</summary>
    [Range(0, 60000)]
    public int SettleMilliseconds { get; set; } = (int)IngestSettings.Defaults.Settle.TotalMilliseconds;

    /// <summary>A running load commits after this many articles (or <see cref="CommitEverySeconds"/>, whichever comes first).</summary>
    [Range(1, 1_000_000)]
    public int CommitEveryArticles { get; set; } = IngestSettings.Defaults.CommitEveryArticles;

    /// <summary>A running load commits at least this often: a crash loses at most this much work.</summary>
    [Range(1, 3600)]
    public int CommitEverySeconds { get; set; } = (int)IngestSettings.Defaults.CommitEvery.TotalSeconds;

    /// <summary>Pages indexed at the same time; 0 means one per processor core.</summary>
    [Range(0, 64)]
    public int IndexingThreads { get; set; }

    /// <summary>A scan that would remove more than this share of the indexed pages holds the removals until an operator confirms them.</summary>
    [Range(0.0, 1.0)]
    public double MaxDeleteFraction { get; set; } = IngestSettings.Defaults.MaxDeleteFraction;

    /// <summary>Removals within this many hours are weighed together against <see cref="MaxDeleteFraction"/>.</summary>
    [Range(1, 8760)]
    public int DeletionWindowHours { get; set; } = (int)IngestSettings.Defaults.DeletionWindow.TotalHours;

    /// <summary>
    /// The index writer's buffer before it flushes a segment: a larger one flushes and merges less during a load and
    /// costs that much more memory at the peak.
    /// </summary>
    [Range(16, 2048, ErrorMessage = "Archive:RamBufferMegabytes must be between 16 and 2048.")]
    public double RamBufferMegabytes { get; set; } = IngestSettings.Defaults.RamBufferMegabytes;

    /// <summary>How the index is checked at start: <c>fast</c> (every file against its checksum) or <c>full</c> (also Lucene's CheckIndex).</summary>
    [EnumDataType(typeof(IndexCheckDepth), ErrorMessage = "Archive:CheckIndexOnStart must be fast or full.")]
    public IndexCheckDepth CheckIndexOnStart { get; set; } = IndexIntegrityOptions.Defaults.CheckIndexOnStart;

    /// <summary>What start-up does with a damaged index: <c>rebuild</c> it from the inbox or <c>refuse</c> to start.</summary>
    [EnumDataType(typeof(DamagedIndexAction), ErrorMessage = "Archive:OnDamagedIndex must be rebuild or refuse.")]
    public DamagedIndexAction OnDamagedIndex { get; set; } = IndexIntegrityOptions.Defaults.OnDamagedIndex;

    /// <summary>Folder of the corrections archivists made to pages' cuts, one JSON file per page; outside the inbox and the index.</summary>
    [Required(AllowEmptyStrings = false)]
    public string CorrectionsPath { get; set; } = "corrections";

    /// <summary>Optional pattern that derives page metadata from a page's path, e.g. <c>{paper}/{yyyy}/{MM}/{dd}/{page}.txt</c>.</summary>
    public string? PathPattern { get; set; }

    /// <summary>Page files larger than this are quarantined unread, with the reason (a newspaper page is tens of kilobytes).</summary>
    [Range(1024, 1L << 30)]
    public long MaxPageBytes { get; set; } = PageLimits.DefaultMaxPageBytes;

    /// <summary>Sidecars larger than this are rejected unread, with the reason (a sidecar holds a few short fields).</summary>
    [Range(256, 16L << 20)]
    public long MaxSidecarBytes { get; set; } = PageLimits.DefaultMaxSidecarBytes;

    /// <summary>No page or sidecar is read for longer than this; one that takes longer is quarantined or rejected with the reason.</summary>
    [Range(1, 3600)]
    public int MaxReadSeconds { get; set; } = PageLimits.DefaultMaxReadSeconds;

    /// <summary>The read limits these options describe.</summary>
    public PageLimits ToPageLimits() => new(MaxPageBytes)
    {
        MaxSidecarBytes = MaxSidecarBytes,
        MaxReadTime = TimeSpan.FromSeconds(MaxReadSeconds),
    };

    /// <summary>The settings of the archive's parts these options describe.</summary>
    public ArchiveCoreSettings ToCoreSettings() => new(IndexPath)
    {
        Ingest = IngestSettings.Defaults with
        {
            CommitEveryArticles = CommitEveryArticles,
            CommitEvery = TimeSpan.FromSeconds(CommitEverySeconds),
            Settle = TimeSpan.FromMilliseconds(SettleMilliseconds),
            Workers = IndexingThreads > 0 ? IndexingThreads : IngestSettings.Defaults.Workers,
            RamBufferMegabytes = RamBufferMegabytes,
            MaxDeleteFraction = MaxDeleteFraction,
            DeletionWindow = TimeSpan.FromHours(DeletionWindowHours),
        },
        Integrity = new IndexIntegrityOptions { CheckIndexOnStart = CheckIndexOnStart, OnDamagedIndex = OnDamagedIndex },
        Limits = ToPageLimits(),
        PathPattern = PathPattern,
        CorrectionsPath = CorrectionsPath,
    };
}
