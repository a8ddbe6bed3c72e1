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

    public ArchiveIndex(string path, ArchiveAnalyzers analyzers, ILogger<ArchiveIndex> logger, IndexIntegrity? integrity = null)
    {
        this.logger = logger;
        FullPath = System.IO.Path.GetFullPath(path);
        integrity?.Ensure(FullPath);
        System.IO.Directory.CreateDirectory(FullPath);
        directory = FSDirectory.Open(FullPath);
        var config = new IndexWriterConfig(Version, analyzers.PerField)
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
            Similarity = Ranking.Similarity,
        };
        try
        {
            writer = new IndexWriter(directory, config);
        }
        catch (LockObtainFailedException e)
        {
            directory.Dispose();
            throw new InvalidOperationException(
                $"The index at {FullPath} is locked by another process (write.lock); only one ArchiveSearch process may write an index.", e);
        }

        searchers = new SearcherManager(writer, applyAllDeletes: true, new RankingSearcherFactory());
        LastCommit = ReadLastCommit(writer);
        logger.LogInformation("Opened index {IndexPath} with {Documents} documents", FullPath, writer.NumDocs);
    }

    public string FullPath { get; }

    public DateTimeOffset? LastCommit { get; private set; }

    /// <summary>Replaces everything known about a page: its record and its articles.</summary>
    public void ReplacePage(PageRecord page, PageMetadata metadata, IReadOnlyList<Article> articles)
    {
        var pageKey = ArticleId.PageKey(metadata, IndexPipeline.ContentHash(page.Hash));
        var docs = new List<Document>(articles.Count + 1) { CreatePageDocument(page) };
        foreach (var article in articles)
            docs.Add(ArticleDocuments.Create(page.PageId, pageKey, metadata, article));
        // Ids this cut no longer has keep a record, so their permalinks still lead somewhere.
        var kept = articles.ToDictionary(a => ArticleId.For(pageKey, a.Ordinal), a => RetiredArticles.OpeningOf(a.Body, a.Title), StringComparer.Ordinal);
        var retired = Read(searcher => RetiredArticles.Retire(searcher, page.PageId, pageKey, kept));
        foreach (var record in retired)
            writer.DeleteDocuments(new Term(RetiredArticles.Id, record.Get(RetiredArticles.Id)));
        docs.AddRange(retired);
        writer.DeleteDocuments(new Term(ArticleFields.PageId, page.PageId));
        writer.AddDocuments(docs);
    }

    /// <summary>Records a page that cannot be indexed; any articles it had before are removed.</summary>
    public void QuarantinePage(PageRecord page) => ReplacePage(page, PageMetadata.None, []);

    public void RemovePage(string pageId) => writer.DeleteDocuments(new Term(ArticleFields.PageId, pageId));

    /// <summary>Makes recent changes visible to searches without waiting for a commit.</summary>
    public void Refresh() => searchers.MaybeRefreshBlocking();

    /// <summary>Makes recent changes durable, then visible.</summary>
    public void Commit()
    {
        lock (commitLock)
        {
            var now = DateTimeOffset.UtcNow;
            writer.SetCommitData(new Dictionary<string, string> { [LastCommitKey] = now.ToString("O", CultureInfo.InvariantCulture) });
            writer.Commit();
            LastCommit = now;
        }

        Refresh();
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

    /// <summary>Every page record, as of the current searcher.</summary>
    public IReadOnlyList<PageRecord> Pages() => Read(searcher =>
    {
        var query = new TermQuery(new Term(ArticleFields.DocType, DocTypes.Page));
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

    public int CountArticles() => Read(searcher => searcher.Search(new TermQuery(new Term(ArticleFields.DocType, DocTypes.Article)), 1).TotalHits);

    public void Dispose()
    {
        searchers.Dispose();
        try
        {
            writer.Dispose();
        }
        finally
        {
            directory.Dispose();
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
        SidecarProblem: doc.Get(PageFields.SidecarProblem));

    private static DateTimeOffset? ReadLastCommit(IndexWriter writer)
    {
        if (!DirectoryReader.IndexExists(writer.Directory))
            return null;
        using var reader = DirectoryReader.Open(writer.Directory);
        return reader.IndexCommit.UserData.TryGetValue(LastCommitKey, out var value)
            ? DateTimeOffset.Parse(value, CultureInfo.InvariantCulture)
            : null;
    }

    private sealed class RankingSearcherFactory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = Ranking.Similarity };
    }
}

/// <summary>The scoring model shared by the writer (norms) and every searcher.</summary>
public static class Ranking
{
    public static readonly Similarity Similarity = new BM25Similarity();
}

/// <summary>Collects the ids of every matching document, in index order.</summary>
internal sealed class AllDocsCollector : ICollector
{
    private int docBase;

    public List<int> Docs { get; } = [];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void Collect(int doc) => Docs.Add(docBase + doc);

    public void SetNextReader(AtomicReaderContext context) => docBase = context.DocBase;
}
