using System.Globalization;
using ArchiveSearch.Index.Schema;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Microsoft.Extensions.Logging;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace ArchiveSearch.Index.Store;

/// <summary>
/// The store: owns the index's Lucene lifecycle (the process lock, the integrity check, one <see cref="IndexWriter"/>,
/// a <see cref="SearcherManager"/> for near-real-time readers, the commits) and hands out searcher leases and the
/// updates of a page's documents. What the documents are is decided above it: the page writer of the ingest side
/// makes them, searches read them through leases. A page's documents are updated in one call, so a commit always
/// holds all of them or none.
/// </summary>
public sealed class ArchiveIndex : IDisposable
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private const string LastCommitKey = "lastCommit";

    private readonly LuceneDirectory directory;
    private readonly IndexWriter writer;
    private readonly SearcherManager searchers;
    private readonly ILogger logger;
    private readonly object commitLock = new();
    private DirectoryReader? committedReader;
    private readonly IndexProcessLock processLock;
    // Page ids, not a count: a page written again after a failed commit is still one page to redo.
    private System.Collections.Concurrent.ConcurrentDictionary<string, byte> changedSinceCommit = new(StringComparer.Ordinal);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> commitValues = new(StringComparer.Ordinal);

    /// <summary>The IndexWriter's buffer before it flushes a segment, unless the host sets another.</summary>
    public const double DefaultRamBufferMegabytes = 64;

    /// <param name="warm">Readies each new searcher before it serves (the searches above the store know what to build).</param>
    public ArchiveIndex(string path, ArchiveAnalyzers analyzers, ILogger<ArchiveIndex> logger, double ramBufferMegabytes = DefaultRamBufferMegabytes,
        IndexIntegrity? integrity = null, Action<IndexSearcher>? warm = null)
    {
        this.logger = logger;
        FullPath = System.IO.Path.GetFullPath(path);
        // Locked before the check, so a check never moves aside an index another process is writing.
        System.IO.Directory.CreateDirectory(FullPath);
        processLock = IndexProcessLock.Acquire(FullPath);
        try
        {
            integrity?.Ensure(FullPath);
        }
        catch
        {
            processLock.Dispose();
            throw;
        }

        if (!processLock.IsInPlace)
        {
            // The damaged folder went aside with the lock file in it: lock the new one.
            processLock.Dispose();
            System.IO.Directory.CreateDirectory(FullPath);
            processLock = IndexProcessLock.Acquire(FullPath);
        }

        // Read with positional file reads, not memory maps: a file truncated under a running service (a failing disk,
        // a careless hand) then fails a search with an IOException that is reported, where a mapped read past the
        // new end kills the process.
        directory = new PositionalReadDirectory(new System.IO.DirectoryInfo(FullPath));
        var config = new IndexWriterConfig(Version, analyzers.PerField)
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
            Similarity = Ranking.Similarity,
            Codec = new ArchiveCodec(),
            RAMBufferSizeMB = ramBufferMegabytes,
        };
        try
        {
            writer = new IndexWriter(directory, config);
        }
        catch (LockObtainFailedException e)
        {
            directory.Dispose();
            processLock.Dispose();
            throw new IndexLockedException(FullPath, e);
        }

        // A new index is committed empty at once: segment files without a commit can then only mean damage.
        if (!DirectoryReader.IndexExists(directory))
            writer.Commit();
        searchers = new SearcherManager(writer, applyAllDeletes: true, new RankingSearcherFactory(warm));
        LastCommit = ReadLastCommit(writer, commitValues);
        ReopenCommitted();
        logger.LogInformation("Opened index {IndexPath} with {Documents} documents", FullPath, writer.NumDocs);
    }

    public string FullPath { get; }

    public DateTimeOffset? LastCommit { get; private set; }

    /// <summary>What searches see now (counted once per reopened reader, so reading it costs nothing).</summary>
    public IndexCounts Counts => Read(searcher => ((CountedSearcher)searcher).State.Counts);

    /// <summary>Pages written or removed since the last commit: what a crash now would lose and a restart redo.</summary>
    public int ChangesSinceCommit => Volatile.Read(ref changedSinceCommit).Count;

    /// <summary>What the last commit holds: what a restart after a crash would find.</summary>
    public IndexCounts CommittedCounts { get; private set; } = IndexCounts.Empty;

    /// <summary>Quarantined page records, as of the last refresh.</summary>
    public IReadOnlyList<PageRecord> Quarantined => Read(searcher => ((CountedSearcher)searcher).State.Quarantined);

    /// <summary>
    /// Replaces every document of a page (those carrying its page id) with <paramref name="documents"/>, after deleting
    /// the documents <paramref name="deleteFirst"/> names, as one update of the writer.
    /// </summary>
    public void ReplacePageDocuments(string pageId, IReadOnlyList<Document> documents, IEnumerable<Term> deleteFirst)
    {
        try
        {
            foreach (var term in deleteFirst)
                writer.DeleteDocuments(term);
            writer.UpdateDocuments(new Term(ArticleFields.PageId, pageId), documents);
        }
        finally
        {
            // Written or not, the page's documents are now what the writer holds.
            Volatile.Read(ref changedSinceCommit)[pageId] = 0;
        }
    }

    /// <summary>Replaces the one document <paramref name="unique"/> names (a page's record), leaving the page's other documents.</summary>
    public void ReplaceDocument(string pageId, Term unique, Document document)
    {
        writer.UpdateDocument(unique, document);
        Volatile.Read(ref changedSinceCommit)[pageId] = 0;
    }

    /// <summary>Deletes every document of a page.</summary>
    public void RemovePage(string pageId)
    {
        writer.DeleteDocuments(new Term(ArticleFields.PageId, pageId));
        Volatile.Read(ref changedSinceCommit)[pageId] = 0;
    }

    /// <summary>Tells <paramref name="listener"/> before and after every refresh of the searchers.</summary>
    public void AddRefreshListener(ReferenceManager.IRefreshListener listener) => searchers.AddListener(listener);

    /// <summary>Makes recent changes visible to searches without waiting for a commit.</summary>
    public void Refresh() => searchers.MaybeRefreshBlocking();

    /// <summary>Makes recent changes durable, then visible.</summary>
    public void Commit()
    {
        lock (commitLock)
        {
            var now = DateTimeOffset.UtcNow;
            // Changes made while the commit runs go to a fresh set; if the commit fails, what it held is pending again.
            var committing = Interlocked.Exchange(ref changedSinceCommit, new(StringComparer.Ordinal));
            writer.SetCommitData(new Dictionary<string, string>(commitValues) { [LastCommitKey] = now.ToString("O", CultureInfo.InvariantCulture) });
            try
            {
                writer.Commit();
            }
            catch
            {
                foreach (var pageId in committing.Keys)
                    Volatile.Read(ref changedSinceCommit)[pageId] = 0;
                throw;
            }

            LastCommit = now;
            ReopenCommitted();
        }

        Refresh();
    }

    /// <summary>A value kept in the commit data (what the last commit, or a change since, says).</summary>
    public string? CommitValue(string key) => commitValues.TryGetValue(key, out var value) ? value : null;

    /// <summary>Sets a value that the next commit writes with the changes made before it.</summary>
    public void SetCommitValue(string key, string value) => commitValues[key] = value;

    /// <summary>
    /// Checks the files of the last commit against their checksums while no commit runs (a commit would delete
    /// files of the one being read): for damage suspected under a running service.
    /// </summary>
    public IndexCheckResult VerifyFiles()
    {
        lock (commitLock)
            return IndexCheck.Run(FullPath, IndexCheckDepth.Fast);
    }

    /// <summary>
    /// Waits until the merges a load started are done, then commits, so the files of merged-away segments are gone:
    /// the index as it settles, for measuring it.
    /// </summary>
    public void WaitForMerges()
    {
        // The commit first: it flushes what is buffered, which can start merges of its own.
        Commit();
        writer.WaitForMerges();
        Commit();
    }

    /// <summary>Runs a read against the current near-real-time searcher.</summary>
    public T Read<T>(Func<IndexSearcher, T> read)
    {
        var searcher = searchers.Acquire();
        try
        {
            return read(searcher);
        }
        finally
        {
            searchers.Release(searcher);
        }
    }

    /// <summary>The current near-real-time searcher, held until the lease is disposed.</summary>
    public SearcherLease Lease() => new(searchers.Acquire(), searchers.Release);

    /// <summary>
    /// Path, id, hash and stamp of every page, as of the current searcher: what a full rescan compares. Read from
    /// doc values (stored page documents sit in compressed blocks beside whole articles).
    /// </summary>
    public IReadOnlyList<PageSummary> PageSummaries() => Read(searcher =>
    {
        var summaries = new List<PageSummary>();
        foreach (var leaf in searcher.IndexReader.Leaves)
            PageRecordDocuments.ReadSummaries(leaf.AtomicReader, summaries);
        return summaries;
    });

    /// <summary>The record of the page file at <paramref name="path"/> (relative to the inbox), looked up by its term.</summary>
    public PageRecord? FindPage(string path) => FindPageRecords(new TermQuery(PageRecordDocuments.ForPath(path))).FirstOrDefault();

    /// <summary>The page records a query finds, as of the current searcher.</summary>
    public IReadOnlyList<PageRecord> FindPageRecords(Query query) => Read(searcher =>
    {
        var collector = new AllDocsCollector();
        searcher.Search(query, collector);
        var pages = new List<PageRecord>(collector.Docs.Count);
        foreach (var doc in collector.Docs)
            pages.Add(PageRecordDocuments.Read(searcher.Doc(doc)));
        return pages;
    });

    public void Dispose()
    {
        committedReader?.Dispose();
        searchers.Dispose();
        try
        {
            writer.Dispose();
        }
        finally
        {
            directory.Dispose();
            processLock.Dispose();
        }

        logger.LogInformation("Closed index {IndexPath}", FullPath);
    }

    private static DateTimeOffset? ReadLastCommit(IndexWriter writer, IDictionary<string, string> values)
    {
        if (!DirectoryReader.IndexExists(writer.Directory))
            return null;
        using var reader = DirectoryReader.Open(writer.Directory);
        foreach (var (key, saved) in reader.IndexCommit.UserData)
        {
            if (key != LastCommitKey)
                values[key] = saved;
        }

        return reader.IndexCommit.UserData.TryGetValue(LastCommitKey, out var value)
            ? DateTimeOffset.Parse(value, CultureInfo.InvariantCulture)
            : null;
    }

    /// <summary>Keeps a reader on the last commit (reopened incrementally) to say what a crash would keep.</summary>
    private void ReopenCommitted()
    {
        if (committedReader is null)
        {
            if (!DirectoryReader.IndexExists(directory))
                return;
            committedReader = DirectoryReader.Open(directory);
        }
        else if (DirectoryReader.OpenIfChanged(committedReader) is { } newer)
        {
            committedReader.Dispose();
            committedReader = newer;
        }

        CommittedCounts = CountsOf(committedReader);
    }

    private static IndexCounts CountsOf(IndexReader reader) => new(
        LiveDocsWith(reader, new Term(ArticleFields.DocType, DocTypes.Article)),
        LiveDocsWith(reader, PageRecordDocuments.WithStatus(PageStatus.Indexed)),
        LiveDocsWith(reader, PageRecordDocuments.WithStatus(PageStatus.Quarantined)));

    /// <summary>
    /// Live documents holding a term: the term's document frequency in segments without deletions (free), a walk
    /// of its postings only in segments that have deletions.
    /// </summary>
    private static int LiveDocsWith(IndexReader reader, Term term)
    {
        var count = 0;
        foreach (var leaf in reader.Leaves)
        {
            var segment = leaf.AtomicReader;
            if (!segment.HasDeletions)
            {
                count += segment.DocFreq(term);
                continue;
            }

            var docs = segment.GetTermDocsEnum(term);
            if (docs is null)
                continue;
            while (docs.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
                count++;
        }

        return count;
    }

    private sealed record VisibleState(IndexCounts Counts, IReadOnlyList<PageRecord> Quarantined);

    /// <summary>A searcher that carries the counts of its own reader, so stats always agree with what searches see.</summary>
    private sealed class CountedSearcher(IndexReader reader, VisibleState state) : IndexSearcher(reader)
    {
        public VisibleState State { get; } = state;
    }

    private sealed class RankingSearcherFactory(Action<IndexSearcher>? warm) : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader)
        {
            var probe = new IndexSearcher(reader);
            var quarantined = new AllDocsCollector();
            probe.Search(new TermQuery(PageRecordDocuments.WithStatus(PageStatus.Quarantined)), quarantined);
            var records = quarantined.Docs.Select(doc => PageRecordDocuments.Read(probe.Doc(doc))).ToList();
            var searcher = new CountedSearcher(reader, new VisibleState(CountsOf(reader), records)) { Similarity = Ranking.Similarity };
            warm?.Invoke(searcher);
            return searcher;
        }
    }
}
