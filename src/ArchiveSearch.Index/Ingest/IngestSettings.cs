using ArchiveSearch.Index.Store;

namespace ArchiveSearch.Index.Ingest;

/// <summary>
/// How ingestion paces itself. The service fills these from its validated <c>Archive</c> options; tools use the defaults.
/// </summary>
public sealed record IngestSettings
{
    /// <summary>The one place the defaults live: tools use them, the service's options start from them.</summary>
    public static readonly IngestSettings Defaults = new();

    /// <summary>A running load commits after this many articles…</summary>
    public int CommitEveryArticles { get; init; } = 20_000;

    /// <summary>
    /// …or after this long, whichever comes first: a kill loses at most this much work. Each commit writes the
    /// buffered articles as new segments, which merges then rewrite: at 3 s and 5,000 articles a bulk load of 55,000
    /// articles spent a quarter more CPU than at 10 s and 20,000 (docs/benchmarks.md).
    /// </summary>
    public TimeSpan CommitEvery { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Pages read, cut and analysed at the same time (the IndexWriter takes documents from every thread).</summary>
    public int Workers { get; init; } = Math.Clamp(Environment.ProcessorCount, 1, 8);

    /// <summary>A file is indexed once it has not changed for this long, so a page being written is read once, whole.</summary>
    public TimeSpan Settle { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// The IndexWriter's buffer before it flushes a segment: larger flushes and merges less during a load, and
    /// costs that much memory more at the peak.
    /// </summary>
    public double RamBufferMegabytes { get; init; } = ArchiveIndex.DefaultRamBufferMegabytes;

    /// <summary>A scan that would remove more than this share of the indexed pages holds the removals for an operator.</summary>
    public double MaxDeleteFraction { get; init; } = 0.2;

    /// <summary>
    /// Removals within this long are weighed together against <see cref="MaxDeleteFraction"/>; older ones no longer
    /// count, so pruning spread over more than this goes through without an operator.
    /// </summary>
    public TimeSpan DeletionWindow { get; init; } = TimeSpan.FromHours(24);
}
