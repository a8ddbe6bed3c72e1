using System.Globalization;
using System.Runtime.CompilerServices;
using ArchiveSearch.Index.Permalinks;
using ArchiveSearch.Index.Schema;
using ArchiveSearch.Index.Search;
using ArchiveSearch.Index.Store;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ArchiveSearch.Index.Papers;

/// <summary>
/// The papers of the archive and their issues, for browsing without typing dates: a directory (each paper's date
/// span, issues and pages), a calendar per paper and year, and one day's issue page by page. The directory and
/// calendars come from doc values, counted once per segment and merged once per reader (see <see cref="PaperSegment"/>);
/// an issue is read like a browse of one day, its few hundred articles at most.
/// </summary>
public sealed class PaperDirectory(ArchiveIndex index)
{
    private static readonly ConditionalWeakTable<IndexReader, Catalog> ByReader = new();

    public PaperDirectoryAnswer Directory() => index.Read(searcher =>
    {
        var catalog = CatalogOf(searcher);
        var papers = catalog.Days.Select(p => Summary(p.Key, p.Value)).ToList();
        return new PaperDirectoryAnswer(papers, catalog.ArticlesWithoutPaper, catalog.ArticlesWithoutDate);
    });

    /// <summary>The paper's issues of a year, or null when the archive has no such paper.</summary>
    public PaperYearAnswer? Year(string paper, int year) => index.Read(searcher =>
    {
        if (!CatalogOf(searcher).Days.TryGetValue(paper, out var days))
            return null;
        var issues = days.Where(d => d.Key / 10000 == year)
            .Select(d => new IssueDay(Format(d.Key), d.Value)).ToList();
        return new PaperYearAnswer(paper, year, issues, Years(days));
    });

    /// <summary>The paper's summary, or null when the archive has no such paper.</summary>
    public PaperSummary? Paper(string paper) => index.Read(searcher =>
        CatalogOf(searcher).Days.TryGetValue(paper, out var days) ? Summary(paper, days) : null);

    /// <summary>The paper's issue of a day: its pages in page order, each with its articles in page order.</summary>
    public PaperIssueAnswer Issue(string paper, DateOnly day) => index.Read(searcher =>
    {
        var number = ArticleDocuments.DayNumber(day);
        var query = new BooleanQuery
        {
            { new TermQuery(new Term(ArticleFields.DocType, DocTypes.Article)), Occur.MUST },
            { new TermQuery(new Term(ArticleFields.Paper, paper)), Occur.MUST },
            { NumericRangeQuery.NewInt32Range(ArticleDocuments.DateNumber, number, number, true, true), Occur.MUST },
        };
        var order = new Sort(new SortField(PageOrder.PageNumber, SortFieldType.INT64), new SortField(PageOrder.OrdinalNumber, SortFieldType.INT64));
        var top = searcher.Search(query, ArchivePage.MaxArticles * 4, order);
        var pages = new List<IssuePage>();
        foreach (var group in top.ScoreDocs.Select(d => ArticleDocuments.Read(searcher.Doc(d.Doc))).GroupBy(a => a.PageKey ?? a.PageId))
        {
            var first = group.First();
            var articles = group.Select(a => new IssueArticle(a.Id, a.Title, a.Kind, ArticleLinks.Url(a.Id))).ToList();
            pages.Add(new IssuePage(group.Key, first.Page, first.Section, ArticleLinks.PageUrl(group.Key), articles));
        }

        return new PaperIssueAnswer(paper, day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), pages);
    });

    private static PaperSummary Summary(string paper, SortedDictionary<int, int> days)
    {
        var dated = days.Where(d => d.Key != 0).ToList();
        return new PaperSummary(
            paper,
            dated.Count == 0 ? null : Format(dated[0].Key),
            dated.Count == 0 ? null : Format(dated[^1].Key),
            dated.Count,
            days.Values.Sum(),
            Years(days));
    }

    private static List<int> Years(SortedDictionary<int, int> days) => days.Keys.Where(d => d != 0).Select(d => d / 10000).Distinct().ToList();

    private static string Format(int day) => $"{day / 10000:D4}-{day / 100 % 100:D2}-{day % 100:D2}";

    private static Catalog CatalogOf(IndexSearcher searcher) => ByReader.GetValue(searcher.IndexReader, reader => new Catalog(reader));

    /// <summary>Per paper, the pages of each day (day number, 0 for undated), merged from the segments.</summary>
    private sealed class Catalog
    {
        public readonly SortedDictionary<string, SortedDictionary<int, int>> Days = new(StringComparer.Ordinal);
        public readonly int ArticlesWithoutPaper;
        public readonly int ArticlesWithoutDate;

        public Catalog(IndexReader reader)
        {
            var pages = new Dictionary<string, HashSet<long>>(StringComparer.Ordinal);
            foreach (var leaf in reader.Leaves)
            {
                var segment = PaperSegment.For(leaf.AtomicReader);
                ArticlesWithoutPaper += segment.ArticlesWithoutPaper;
                ArticlesWithoutDate += segment.ArticlesWithoutDate;
                foreach (var (paper, keys) in segment.Pages)
                {
                    if (!pages.TryGetValue(paper, out var all))
                        pages[paper] = all = new HashSet<long>(keys);
                    else
                        all.UnionWith(keys);
                }
            }

            foreach (var (paper, keys) in pages)
            {
                var days = new SortedDictionary<int, int>();
                foreach (var key in keys)
                    days[PaperSegment.Day(key)] = days.GetValueOrDefault(PaperSegment.Day(key)) + 1;
                Days[paper] = days;
            }
        }
    }
}
