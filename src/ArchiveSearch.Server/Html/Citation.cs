using System.Globalization;
using ArchiveSearch.Index.Schema;

namespace ArchiveSearch.Server.Html;

/// <summary>
/// The citation line of an article in the newspaper form of GB/T 7714: authors. title[N]. paper, date(page). URL.
/// Parts the archive does not know are left out rather than guessed.
/// </summary>
public static class Citation
{
    public static string For(StoredArticle article, string url)
    {
        var parts = new List<string>();
        if (article.Authors.Count > 0)
            parts.Add(string.Join(", ", article.Authors.Select(a => a.Name)) + ". ");
        parts.Add(article.Title + "[N]. ");
        var source = string.Join(", ", new[] { article.Paper, article.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }.Where(s => !string.IsNullOrEmpty(s)));
        if (!string.IsNullOrEmpty(article.Page))
            source += $"({article.Page})";
        if (source.Length > 0)
            parts.Add(source + ". ");
        parts.Add(url);
        return string.Concat(parts);
    }
}
