using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace ArchiveSearch.Index.Schema;

/// <summary>
/// The document recording one page file (<see cref="PageRecord"/>): its fields and their encodings, written and read
/// here only. It carries the page id like the page's articles, so one update by page id replaces them together.
/// </summary>
public static class PageRecordDocuments
{
    public const string Path = "path";
    public const string Hash = "hash";
    public const string Status = "status";
    public const string Reason = "reason";
    public const string ArticleCount = "articles";
    public const string IndexedAt = "indexed_at";
    public const string Encoding = "encoding";
    public const string Stamp = "stamp";

    /// <summary>Which rule chose the key of the page's article ids (<see cref="PageKeyRules"/>).</summary>
    public const string KeyRule = "key_rule";

    /// <summary>Path, page id, hash and stamp as one doc value, so a rescan reads them without decompressing stored documents.</summary>
    public const string Summary = "page_summary";

    /// <summary>Why the page's sidecar was rejected; indexed so that rejected sidecars can be counted.</summary>
    public const string SidecarProblem = "sidecar_problem";

    /// <summary>The key of the corrections the page was indexed with; indexed so that every corrected page can be found.</summary>
    public const string CorrectionsKey = "corrections_key";

    public const string CorrectionsHash = "corrections_hash";
    public const string CorrectionsNotApplied = "corrections_not_applied";

    /// <summary>The records of every page indexed with corrections.</summary>
    public static readonly Query AnyCorrected = TermRangeQuery.NewStringRange(CorrectionsKey, null, null, true, true);

    private const char SummarySeparator = '\0';

    public static readonly Query Every = new TermQuery(new Term(ArticleFields.DocType, DocTypes.PageRecord));

    public static readonly Query AnyRejectedSidecar = TermRangeQuery.NewStringRange(SidecarProblem, null, null, true, true);

    public static Term WithStatus(PageStatus status) => new(Status, status.ToString());

    public static Term ForPath(string path) => new(Path, path);

    public static Document Create(PageRecord page)
    {
        var doc = new Document
        {
            new StringField(ArticleFields.DocType, DocTypes.PageRecord, Field.Store.NO),
            new StringField(ArticleFields.PageId, page.PageId, Field.Store.YES),
            new StringField(Path, page.Path, Field.Store.YES),
            new StoredField(Hash, page.Hash),
            new StringField(Status, page.Status.ToString(), Field.Store.YES),
            new StoredField(ArticleCount, page.ArticleCount),
            new StoredField(IndexedAt, page.IndexedAt.ToString("O", CultureInfo.InvariantCulture)),
        };
        if (page.Reason is not null)
            doc.Add(new StoredField(Reason, page.Reason));
        if (page.Encoding is not null)
            doc.Add(new StoredField(Encoding, page.Encoding));
        if (page.SidecarProblem is not null)
            doc.Add(new StringField(SidecarProblem, page.SidecarProblem, Field.Store.YES));
        if (page.Stamp is not null)
            doc.Add(new StoredField(Stamp, page.Stamp));
        if (page.KeyRule is not null)
            doc.Add(new StoredField(KeyRule, page.KeyRule));
        if (page.Corrections is { } corrections)
        {
            doc.Add(new StringField(CorrectionsKey, corrections.PageKey, Field.Store.YES));
            doc.Add(new StoredField(CorrectionsHash, corrections.Hash));
            doc.Add(new StoredField(CorrectionsNotApplied, corrections.NotAppliedText));
        }

        doc.Add(new BinaryDocValuesField(Summary, new BytesRef(string.Join(SummarySeparator, page.Path, page.PageId, page.Hash, page.Stamp ?? ""))));
        return doc;
    }

    public static PageRecord Read(Document doc) => new(
        Path: doc.Get(Path),
        Hash: doc.Get(Hash),
        PageId: doc.Get(ArticleFields.PageId),
        Status: Enum.Parse<PageStatus>(doc.Get(Status)),
        ArticleCount: doc.GetField(ArticleCount)?.GetInt32Value() ?? 0,
        IndexedAt: ReadIndexedAt(doc),
        Reason: doc.Get(Reason),
        Encoding: doc.Get(Encoding),
        SidecarProblem: doc.Get(SidecarProblem),
        Stamp: doc.Get(Stamp),
        KeyRule: doc.Get(KeyRule),
        Corrections: doc.Get(CorrectionsKey) is { } key
            ? new AppliedCorrections(key, doc.Get(CorrectionsHash) ?? "", AppliedCorrections.ParseNotApplied(doc.Get(CorrectionsNotApplied)))
            : null);

    public static DateTimeOffset ReadIndexedAt(Document doc) => DateTimeOffset.Parse(doc.Get(IndexedAt), CultureInfo.InvariantCulture);

    /// <summary>
    /// Path, id, hash and stamp of every page record of a segment, from doc values; a record written before the
    /// summaries existed is read from its stored fields.
    /// </summary>
    public static void ReadSummaries(AtomicReader segment, List<PageSummary> into)
    {
        var pageDocs = segment.GetTermDocsEnum(new Term(ArticleFields.DocType, DocTypes.PageRecord));
        if (pageDocs is null)
            return;
        var values = segment.GetBinaryDocValues(Summary);
        var present = segment.GetDocsWithField(Summary);
        var bytes = new BytesRef();
        int doc;
        while ((doc = pageDocs.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
        {
            if (values is not null && present is not null && present.Get(doc))
            {
                values.Get(doc, bytes);
                var parts = bytes.Utf8ToString().Split(SummarySeparator);
                into.Add(new PageSummary(parts[0], parts[1], parts[2], parts[3].Length == 0 ? null : parts[3]));
            }
            else
            {
                var record = Read(segment.Document(doc));
                into.Add(new PageSummary(record.Path, record.PageId, record.Hash, record.Stamp));
            }
        }
    }
}
