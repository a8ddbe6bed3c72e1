using System.Globalization;
using ArchiveSearch.Archive.Articles;
using ArchiveSearch.Archive.Pages;
using ArchiveSearch.Index.Ingest;
using ArchiveSearch.Index.Permalinks;
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
/// Owns the index's Lucene lifecycle: one <see cref="IndexWriter"/>, a <see cref="SearcherManager"/> for
/// near-real-time readers, and the commits. Page records live beside the articles so that a commit
/// always holds both or neither.
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
    private readonly PageKeyClaims keyClaims = new();
    // Page ids, not a count: a page written again after a failed commit is still one page to redo.
    private System.Collections.Concurrent.ConcurrentDictionary<string, byte> changedSinceCommit = new(StringComparer.Ordinal);

    public ArchiveIndex(string path, ArchiveAnalyzers analyzers, ILogger<ArchiveIndex> logger, IngestSettings? settings = null, IndexIntegrity? integrity = null)
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

        directory = FSDirectory.Open(FullPath);
        var config = new IndexWriterConfig(Version, analyzers.PerField)
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
            Similarity = Ranking.Similarity,
            Codec = new ArchiveCodec(),
            RAMBufferSizeMB = (settings ?? new IngestSettings()).RamBufferMegabytes,
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

        searchers = new SearcherManager(writer, applyAllDeletes: true, new RankingSearcherFactory());
        LastCommit = ReadLastCommit(writer);
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
    /// Replaces everything known about a page, its record, its articles and the lines that are in no article,
    /// in one atomic update: a commit holds the page's old documents or its new ones, never neither.
    /// </summary>
    public void ReplacePage(PageRecord page, PageMetadata metadata, IReadOnlyList<Article> articles, IReadOnlyList<string>? linesOutsideArticles = null)
    {
        var candidates = KeepingHeldKey(page, metadata, ArticleId.Candidates(metadata, IndexPipeline.ContentHash(page.Hash), page.Path));
        var choice = keyClaims.Claim(page.PageId, candidates, key => Read(searcher => OtherPagesHoldingKey(searcher, key, page.PageId)));
        try
        {
            WritePage(page with { KeyRule = choice.Rule }, choice.Key, metadata, articles, linesOutsideArticles);
        }
        finally
        {
            // Written or not, the page's documents are now what the writer holds.
            keyClaims.Written(page.PageId);
            Volatile.Read(ref changedSinceCommit)[page.PageId] = 0;
        }
    }

    private static readonly ISet<string> PageIdOnly = new HashSet<string> { ArticleFields.PageId };

    private static readonly ISet<string> HeldKeyFields = new HashSet<string> { ArticleFields.PageKey, ArticleFields.Paper, ArticleFields.Date, ArticleFields.PageNumber };

    /// <summary>
    /// A page named by its metadata that holds a key other than the plain one (a re-issue, keyed with its content or path)
    /// keeps that key while its metadata names the same page and no other file holds it, so correcting the file in
    /// place does not change its ids (rule: the one the page record names). Pages named by their content take a new key
    /// with new content: that is their identity.
    /// </summary>
    private IReadOnlyList<PageKeyChoice> KeepingHeldKey(PageRecord page, PageMetadata metadata, IReadOnlyList<PageKeyChoice> candidates)
    {
        if (candidates[0].Rule != "metadata")
            return candidates;
        // One of the page's articles says which key and metadata it was written with (none on a first load: no read).
        var held = Read(searcher =>
        {
            var query = new BooleanQuery
            {
                { new TermQuery(new Term(ArticleFields.PageId, page.PageId)), Occur.MUST },
                { new TermQuery(new Term(ArticleFields.DocType, DocTypes.Article)), Occur.MUST },
            };
            var hits = searcher.Search(query, 1).ScoreDocs;
            return hits.Length == 0 ? null : ArticleDocuments.Read(searcher.Doc(hits[0].Doc, HeldKeyFields));
        });
        if (held?.PageKey is not { } key || key == candidates[0].Key)
            return candidates;
        var before = ArticleId.Candidates(new PageMetadata(held.Paper, held.Date, held.Page), "", page.Path)[0];
        if (before.Rule != "metadata" || before.Key != candidates[0].Key)
            return candidates;
        var rule = FindPage(page.Path)?.KeyRule ?? "kept";
        return [new PageKeyChoice(rule, key), .. candidates.Where(c => c.Key != key)];
    }

    /// <summary>The other pages the searcher shows holding a page key (none, most often, so no stored field is read).</summary>
    private static HashSet<string> OtherPagesHoldingKey(IndexSearcher searcher, string pageKey, string pageId)
    {
        var query = new BooleanQuery
        {
            { new TermQuery(new Term(ArticleFields.PageKey, pageKey)), Occur.MUST },
            { new TermQuery(new Term(ArticleFields.PageId, pageId)), Occur.MUST_NOT },
        };
        var collector = new AllDocsCollector();
        searcher.Search(query, collector);
        return collector.Docs.Select(doc => searcher.Doc(doc, PageIdOnly).Get(ArticleFields.PageId)).ToHashSet(StringComparer.Ordinal);
    }

    private void WritePage(PageRecord page, string pageKey, PageMetadata metadata, IReadOnlyList<Article> articles, IReadOnlyList<string>? linesOutsideArticles)
    {
        var docs = new List<Document>(articles.Count + 2) { CreatePageDocument(page) };
        foreach (var article in articles)
            docs.Add(ArticleDocuments.Create(page.PageId, pageKey, metadata, article));
        if (linesOutsideArticles is { Count: > 0 })
            docs.Add(PageLinesDocuments.Create(page.PageId, pageKey, metadata, linesOutsideArticles));
        // Ids this cut no longer has keep a record, so their permalinks still lead somewhere.
        var kept = articles.ToDictionary(a => ArticleId.For(pageKey, a.Ordinal), a => RetiredArticles.OpeningOf(a.Body, a.Title), StringComparer.Ordinal);
        var retired = Read(searcher => RetiredArticles.Retire(searcher, page.PageId, pageKey, kept));
        foreach (var record in retired)
            writer.DeleteDocuments(new Term(RetiredArticles.Id, record.Get(RetiredArticles.Id)));
        docs.AddRange(retired);
        writer.UpdateDocuments(new Term(ArticleFields.PageId, page.PageId), docs);
    }

    /// <summary>Rewrites only a page's record (a new stamp for the same content); its articles stay.</summary>
    public void UpdatePageRecord(PageRecord page)
    {
        writer.UpdateDocument(new Term(PageFields.Path, page.Path), CreatePageDocument(page));
        Volatile.Read(ref changedSinceCommit)[page.PageId] = 0;
    }

    /// <summary>Records a page that cannot be indexed; any articles it had before are removed.</summary>
    public void QuarantinePage(PageRecord page) => ReplacePage(page, PageMetadata.None, []);

    public void RemovePage(string pageId)
    {
        writer.DeleteDocuments(new Term(ArticleFields.PageId, pageId));
        keyClaims.Removed(pageId);
        Volatile.Read(ref changedSinceCommit)[pageId] = 0;
    }

    /// <summary>Makes recent changes visible to searches without waiting for a commit.</summary>
    public void Refresh() => keyClaims.Refreshing(() => searchers.MaybeRefreshBlocking());

    /// <summary>Makes recent changes durable, then visible.</summary>
    public void Commit()
    {
        lock (commitLock)
        {
            var now = DateTimeOffset.UtcNow;
            // Changes made while the commit runs go to a fresh set; if the commit fails, what it held is pending again.
            var committing = Interlocked.Exchange(ref changedSinceCommit, new(StringComparer.Ordinal));
            writer.SetCommitData(new Dictionary<string, string> { [LastCommitKey] = now.ToString("O", CultureInfo.InvariantCulture) });
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

    /// <summary>Every page record, as of the current searcher (for a full rescan and for tools).</summary>
    public IReadOnlyList<PageRecord> Pages() => FindPageRecords(new TermQuery(new Term(ArticleFields.DocType, DocTypes.Page)));

    /// <summary>
    /// Path, id, hash and stamp of every page, as of the current searcher: what a full rescan compares. Read from
    /// doc values (stored page documents sit in compressed blocks beside whole articles); a record written before
    /// the summaries existed is read from its stored fields.
    /// </summary>
    public IReadOnlyList<PageSummary> PageSummaries() => Read(searcher =>
    {
        var summaries = new List<PageSummary>();
        var bytes = new BytesRef();
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            var segment = leaf.AtomicReader;
            var pageDocs = segment.GetTermDocsEnum(new Term(ArticleFields.DocType, DocTypes.Page));
            if (pageDocs is null)
                continue;
            var values = segment.GetBinaryDocValues(PageFields.Summary);
            var present = segment.GetDocsWithField(PageFields.Summary);
            int doc;
            while ((doc = pageDocs.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
            {
                if (values is not null && present is not null && present.Get(doc))
                {
                    values.Get(doc, bytes);
                    var parts = bytes.Utf8ToString().Split(SummarySeparator);
                    summaries.Add(new PageSummary(parts[0], parts[1], parts[2], parts[3].Length == 0 ? null : parts[3]));
                }
                else
                {
                    var record = ReadPageDocument(segment.Document(doc));
                    summaries.Add(new PageSummary(record.Path, record.PageId, record.Hash, record.Stamp));
                }
            }
        }

        return summaries;
    });

    private const char SummarySeparator = '\0';

    /// <summary>The record of the page file at <paramref name="path"/> (relative to the inbox), looked up by its term.</summary>
    public PageRecord? FindPage(string path) => FindPageRecords(new TermQuery(new Term(PageFields.Path, path))).FirstOrDefault();

    private IReadOnlyList<PageRecord> FindPageRecords(Query query) => Read(searcher =>
    {
        var collector = new AllDocsCollector();
        searcher.Search(query, collector);
        var pages = new List<PageRecord>(collector.Docs.Count);
        foreach (var doc in collector.Docs)
            pages.Add(ReadPageDocument(searcher.Doc(doc)));
        return pages;
    });

    /// <summary>Every stored article, in index order (for checks and tools, not for serving).</summary>
    public IReadOnlyList<StoredArticle> AllArticles() => Read(searcher =>
    {
        var collector = new AllDocsCollector();
        searcher.Search(new TermQuery(new Term(ArticleFields.DocType, DocTypes.Article)), collector);
        return collector.Docs.Select(doc => ArticleDocuments.Read(searcher.Doc(doc))).ToList();
    });

    /// <summary>Every page's lines that are in no article, read as articles of kind page (for checks and tools).</summary>
    public IReadOnlyList<StoredArticle> AllPageLines() => Read(searcher =>
    {
        var collector = new AllDocsCollector();
        searcher.Search(new TermQuery(new Term(ArticleFields.DocType, DocTypes.PageLines)), collector);
        return collector.Docs.Select(doc => ArticleDocuments.Read(searcher.Doc(doc))).ToList();
    });

    public int CountArticles() => Counts.Articles;

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

    private static Document CreatePageDocument(PageRecord page)
    {
        var doc = new Document
        {
            new StringField(ArticleFields.DocType, DocTypes.Page, Field.Store.NO),
            new StringField(ArticleFields.PageId, page.PageId, Field.Store.YES),
            new StringField(PageFields.Path, page.Path, Field.Store.YES),
            new StoredField(PageFields.Hash, page.Hash),
            new StringField(PageFields.Status, page.Status.ToString(), Field.Store.YES),
            new StoredField(PageFields.ArticleCount, page.ArticleCount),
            new StoredField(PageFields.IndexedAt, page.IndexedAt.ToString("O", CultureInfo.InvariantCulture)),
        };
        if (page.Reason is not null)
            doc.Add(new StoredField(PageFields.Reason, page.Reason));
        if (page.Encoding is not null)
            doc.Add(new StoredField(PageFields.Encoding, page.Encoding));
        if (page.SidecarProblem is not null)
            doc.Add(new StringField(PageFields.SidecarProblem, page.SidecarProblem, Field.Store.YES));
        if (page.Stamp is not null)
            doc.Add(new StoredField(PageFields.Stamp, page.Stamp));
        if (page.KeyRule is not null)
            doc.Add(new StoredField(PageFields.KeyRule, page.KeyRule));
        doc.Add(new BinaryDocValuesField(PageFields.Summary, new BytesRef(string.Join(SummarySeparator, page.Path, page.PageId, page.Hash, page.Stamp ?? ""))));
        return doc;
    }

    private static PageRecord ReadPageDocument(Document doc) => new(
        Path: doc.Get(PageFields.Path),
        Hash: doc.Get(PageFields.Hash),
        PageId: doc.Get(ArticleFields.PageId),
        Status: Enum.Parse<PageStatus>(doc.Get(PageFields.Status)),
        ArticleCount: doc.GetField(PageFields.ArticleCount)?.GetInt32Value() ?? 0,
        IndexedAt: DateTimeOffset.Parse(doc.Get(PageFields.IndexedAt), CultureInfo.InvariantCulture),
        Reason: doc.Get(PageFields.Reason),
        Encoding: doc.Get(PageFields.Encoding),
        SidecarProblem: doc.Get(PageFields.SidecarProblem),
        Stamp: doc.Get(PageFields.Stamp),
        KeyRule: doc.Get(PageFields.KeyRule));

    private static DateTimeOffset? ReadLastCommit(IndexWriter writer)
    {
        if (!DirectoryReader.IndexExists(writer.Directory))
            return null;
        using var reader = DirectoryReader.Open(writer.Directory);
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
        LiveDocsWith(reader, new Term(PageFields.Status, nameof(PageStatus.Indexed))),
        LiveDocsWith(reader, new Term(PageFields.Status, nameof(PageStatus.Quarantined))));

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

    private sealed class RankingSearcherFactory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader)
        {
            var probe = new IndexSearcher(reader);
            var quarantined = new AllDocsCollector();
            probe.Search(new TermQuery(new Term(PageFields.Status, nameof(PageStatus.Quarantined))), quarantined);
            var records = quarantined.Docs.Select(doc => ReadPageDocument(probe.Doc(doc))).ToList();
            var searcher = new CountedSearcher(reader, new VisibleState(CountsOf(reader), records)) { Similarity = Ranking.Similarity };
            Search.SearcherWarmer.Warm(searcher);
            return searcher;
        }
    }
}
