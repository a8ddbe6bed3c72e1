using ArchiveSearch.Archive.Articles;
using ArchiveSearch.Archive.Pages;
using ArchiveSearch.Index.Search;
using ArchiveSearch.Index.Schema;
using ArchiveSearch.Index.Store;

namespace ArchiveSearch.Index.Tests.Trends;

/// <summary>
/// An on-disk archive of three years of pages of two papers, drawn from a fixed seed: each page has two to four
/// articles mixing a few words, some have lines outside their articles, one is undated, and the pages came in three
/// commits (several segments). A year with no page (2022-07) leaves months without items.
/// </summary>
public sealed class TrendArchive : IndexedArchive
{
    public static readonly string[] Papers = ["河西日报", "北岭晚报"];
    private static readonly string[] Words = ["经济", "农业", "工业", "春耕", "教育", "大桥"];
    private int pages;

    public TrendArchive()
    {
        var random = new Random(23);
        for (var commit = 0; commit < 3; commit++)
        {
            for (var i = 0; i < 60; i++)
            {
                var day = new DateOnly(2021, 1, 1).AddDays(random.Next(0, 3 * 365));
                if (day.Year == 2022 && day.Month == 7)
                    continue;
                var articles = Enumerable.Range(1, random.Next(2, 5)).Select(o => Article(o, random)).ToList();
                string[]? lines = random.Next(4) == 0 ? ["本版编辑 " + Words[random.Next(Words.Length)]] : null;
                AddPage(new PageMetadata(Papers[random.Next(Papers.Length)], day, (i % 8 + 1).ToString()), articles, lines);
            }

            Index.Commit();
        }

        AddPage(PageMetadata.None, [Article(1, random)], null);
        Index.Commit();
    }

    public ArchiveIndex Index => Workspace.Index;

    public IndexContents Contents => new(Index);

    public string AddPage(PageMetadata metadata, IReadOnlyList<Article> articles, IReadOnlyList<string>? lines)
    {
        var id = $"p{++pages}";
        Workspace.Writer.ReplacePage(new PageRecord(id + ".txt", "h" + id, id, PageStatus.Indexed, articles.Count, DateTimeOffset.UtcNow), metadata, articles, lines);
        return id;
    }

    /// <summary>The total of the search a point links to.</summary>
    public int SearchTotal(string query, DateOnly from, DateOnly to, string? paper = null) =>
        Workspace.Search.Search(new SearchRequest(query) { From = from, To = to, Paper = paper, Size = 1 }).Total;

    private static Article Article(int ordinal, Random random)
    {
        var words = Enumerable.Range(0, 3).Select(_ => Words[random.Next(Words.Length)]).ToList();
        return new Article
        {
            Ordinal = ordinal,
            Title = $"{words[0]}新闻{ordinal}",
            Paragraphs = [$"本地{words[1]}形势平稳，{words[2]}工作有序推进。"],
            Kind = ArticleKind.Article,
        };
    }
}
