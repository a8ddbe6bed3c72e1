using System.Globalization;
using ArchiveSearch.Index.Schema;

namespace ArchiveSearch.Server.Html;

/// <summary>
/// An article's citation in three forms: GB/T 7714-2015 for a newspaper in print (<c>作者. 题名[N]. 报纸, 日期(版次).</c>)
/// and online (<c>[N/OL]</c>, with the access date and the permalink), and the Chicago style for a newspaper article.
/// A paper or date the archive does not know is said, bracketed, as unknown (<see cref="SourceText"/>), never guessed.
/// </summary>
public static class Citation
{
    public static string GbtPrint(StoredArticle article) =>
        $"{GbtAuthors(article)}{article.Title}[N]. {GbtSource(article)}.";

    public static string GbtOnline(StoredArticle article, string url, DateOnly accessed) =>
        $"{GbtAuthors(article)}{article.Title}[N/OL]. {GbtSource(article)}[{accessed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}]. {url}.";

    public static string Chicago(StoredArticle article, string url, DateOnly accessed)
    {
        var authors = article.Authors.Count == 0 ? "" : string.Join(" and ", article.Authors.Select(a => a.Name)) + ". ";
        var date = article.Date is { } day ? EnglishDate(day) : $"[{SourceText.NoDate}]";
        return $"{authors}“{article.Title}.” {article.Paper ?? $"[{SourceText.NoPaper}]"}, {date}. Accessed {EnglishDate(accessed)}. {url}.";
    }

    private static string GbtAuthors(StoredArticle article) =>
        article.Authors.Count == 0 ? "" : string.Join(", ", article.Authors.Select(a => a.Name)) + ". ";

    private static string GbtSource(StoredArticle article)
    {
        var paper = article.Paper ?? $"[{SourceText.NoPaper}]";
        var date = article.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? $"[{SourceText.NoDate}]";
        return string.IsNullOrEmpty(article.Page) ? $"{paper}, {date}" : $"{paper}, {date}({article.Page})";
    }

    private static string EnglishDate(DateOnly day) => day.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture);
}
