using ArchiveSearch.Index.Schema;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace ArchiveSearch.Index.Coverage;

/// <summary>
/// Which documents may be answered as earlier coverage: articles only (not page records or page lines), never the
/// article the coverage is for, and, when asked, only those published before a day. Checked document by document,
/// so its cost is that of the candidates, not of the archive.
/// </summary>
public sealed class CandidateFilter(int? excludedDoc, DateOnly? before)
{
    /// <summary>The documents of <paramref name="docs"/> (index-wide numbers, ascending) that pass, in the same order.</summary>
    public List<int> Keep(IndexReader reader, IReadOnlyList<int> docs)
    {
        var kept = new List<int>(docs.Count);
        var beforeDay = before is { } day ? ArticleDocuments.DayNumber(day) : (int?)null;
        var next = 0;
        foreach (var context in reader.Leaves)
        {
            var leaf = context.AtomicReader;
            var end = context.DocBase + leaf.MaxDoc;
            var first = next;
            while (next < docs.Count && docs[next] < end)
                next++;
            if (first == next)
                continue;
            var articles = ArticleDocs(leaf);
            var dates = beforeDay is null ? null : leaf.GetNumericDocValues(ArticleDocuments.DateNumber);
            var dated = beforeDay is null ? null : leaf.GetDocsWithField(ArticleDocuments.DateNumber);
            for (var i = first; i < next && articles is not null; i++)
            {
                var local = docs[i] - context.DocBase;
                var at = articles.DocID < local ? articles.Advance(local) : articles.DocID;
                if (at == DocIdSetIterator.NO_MORE_DOCS)
                    break;
                if (at != local || docs[i] == excludedDoc)
                    continue;
                if (beforeDay is { } limit && (dates is null || dated is null || !dated.Get(local) || dates.Get(local) >= limit))
                    continue;
                kept.Add(docs[i]);
            }
        }

        return kept;
    }

    private static DocsEnum? ArticleDocs(AtomicReader leaf)
    {
        var terms = leaf.GetTerms(ArticleFields.DocType)?.GetEnumerator();
        return terms is not null && terms.SeekExact(new BytesRef(DocTypes.Article)) ? terms.Docs(leaf.LiveDocs, null, DocsFlags.NONE) : null;
    }
}
