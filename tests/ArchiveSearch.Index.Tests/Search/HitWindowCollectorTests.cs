using ArchiveSearch.Archive.Articles;
using ArchiveSearch.Archive.Pages;
using ArchiveSearch.Index.Schema;
using ArchiveSearch.Index.Search;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ArchiveSearch.Index.Tests.Search;

/// <summary>
/// The window of ranked hits is the one Lucene's sorting collector gives for the same order: the same hits in the
/// same order, at the first page and deep, after a cursor, over several segments, with many tied scores, papers whose
/// names share their first bytes, pages and places on a page that tie, and undated articles.
/// </summary>
public sealed class HitWindowCollectorTests : IClassFixture<HitWindowCollectorTests.TiedArchive>
{
    private readonly TiedArchive archive;

    public HitWindowCollectorTests(TiedArchive archive) => this.archive = archive;

    public static TheoryData<SearchSort, int> Windows => new()
    {
        { SearchSort.Relevance, 11 },
        { SearchSort.Relevance, 250 },
        { SearchSort.DateAscending, 11 },
        { SearchSort.DateAscending, 250 },
        { SearchSort.DateDescending, 11 },
        { SearchSort.DateDescending, 250 },
    };

    [Theory]
    [MemberData(nameof(Windows))]
    public void The_window_holds_the_hits_of_lucenes_sorting_collector_in_its_order(SearchSort sort, int window)
    {
        foreach (var query in archive.Queries(sort))
        {
            var (lucene, ours) = archive.Index.Read(searcher =>
            {
                var expected = TopFieldCollector.Create(HitOrder.For(sort), window, null, true, sort == SearchSort.Relevance, false, false);
                searcher.Search(query, expected);
                var actual = new HitWindowCollector(searcher, sort, window, null);
                searcher.Search(query, actual);
                return (expected.GetTopDocs(), actual.TopDocs(0));
            });

            Assert.Equal(lucene.TotalHits, ours.TotalHits);
            Assert.Equal(lucene.ScoreDocs.Select(d => d.Doc), ours.ScoreDocs.Select(d => d.Doc));
            Assert.Equal(
                lucene.ScoreDocs.Select(d => SearchCursor.Encode(sort, ((FieldDoc)d).Fields)),
                ours.ScoreDocs.Select(d => SearchCursor.Encode(sort, ((FieldDoc)d).Fields)));
        }
    }

    [Theory]
    [InlineData(SearchSort.Relevance)]
    [InlineData(SearchSort.DateAscending)]
    [InlineData(SearchSort.DateDescending)]
    public void After_a_cursor_the_window_continues_where_lucenes_sorting_collector_does(SearchSort sort)
    {
        foreach (var query in archive.Queries(sort))
        {
            foreach (var at in new[] { 0, 7, 99, 180 })
            {
                var (lucene, ours) = archive.Index.Read(searcher =>
                {
                    var first = TopFieldCollector.Create(HitOrder.For(sort), at + 1, null, true, sort == SearchSort.Relevance, false, false);
                    searcher.Search(query, first);
                    var cursor = SearchCursor.Decode(SearchCursor.Encode(sort, ((FieldDoc)first.GetTopDocs().ScoreDocs[at]).Fields), sort);
                    var expected = TopFieldCollector.Create(HitOrder.For(sort), 30, cursor, true, sort == SearchSort.Relevance, false, false);
                    searcher.Search(query, expected);
                    var actual = new HitWindowCollector(searcher, sort, 30, cursor);
                    searcher.Search(query, actual);
                    return (expected.GetTopDocs(), actual.TopDocs(0));
                });

                Assert.Equal(lucene.ScoreDocs.Select(d => d.Doc), ours.ScoreDocs.Select(d => d.Doc));
            }
        }
    }

    [Fact]
    public void Page_100_of_a_search_is_the_tail_of_one_wide_window()
    {
        var wide = archive.Search.Search(new SearchRequest("杜鹃花") { Size = 100, Page = 2 }).Hits.Select(h => h.Id).ToList();
        var deep = Enumerable.Range(11, 10).SelectMany(page => archive.Search.Search(new SearchRequest("杜鹃花") { Size = 10, Page = page }).Hits).Select(h => h.Id).ToList();

        Assert.Equal(100, wide.Count);
        Assert.Equal(wide, deep);
    }

    /// <summary>240 short articles in three segments: most share a score, a day and a place on their page.</summary>
    public sealed class TiedArchive : IndexedArchive
    {
        public TiedArchive()
        {
            string[] papers = ["人民日报", "人民政协报", "人民日报海外版"];
            for (var segment = 0; segment < 3; segment++)
            {
                for (var page = 0; page < 20; page++)
                {
                    var n = segment * 20 + page;
                    var date = n % 7 == 0 ? (DateOnly?)null : new DateOnly(2020, 1 + n % 3, 1 + n % 2);
                    var metadata = new PageMetadata(papers[n % 3], date, (1 + n % 4).ToString(System.Globalization.CultureInfo.InvariantCulture));
                    var articles = Enumerable.Range(1, 4).Select(ordinal => new Article
                    {
                        Ordinal = ordinal,
                        Title = ordinal % 2 == 0 ? "杜鹃花开" : "花开时节",
                        Paragraphs = [ordinal == 3 ? "杜鹃花节开幕，杜鹃花三百余种。" : "杜鹃花节今天开幕。"],
                        Kind = ArticleKind.Article,
                    }).ToArray();
                    var pageId = $"{papers[n % 3]}/{n}";
                    Workspace.Writer.ReplacePage(new PageRecord(pageId + ".txt", "h" + n, pageId, PageStatus.Indexed, articles.Length, DateTimeOffset.UtcNow), metadata, articles);
                }

                Index.Commit();
            }
        }

        public ArchiveSearch.Index.Store.ArchiveIndex Index => Workspace.Index;

        public ArticleSearch Search => Workspace.Search;

        /// <summary>Scored and constant matches, as the search runs them for each sort.</summary>
        public IEnumerable<Query> Queries(SearchSort sort)
        {
            Query scored = new BooleanQuery
            {
                { new TermQuery(new Term(ArticleFields.Body, "杜鹃花")), Occur.SHOULD },
                { new TermQuery(new Term(ArticleFields.Title, "杜鹃")), Occur.SHOULD },
                { new TermQuery(new Term(ArticleFields.Title, "花开")), Occur.SHOULD },
            };
            Query everyArticle = new TermQuery(new Term(ArticleFields.DocType, DocTypes.Article));
            return sort == SearchSort.Relevance
                ? [scored, everyArticle]
                : [new ConstantScoreQuery(scored), new ConstantScoreQuery(everyArticle)];
        }
    }
}
