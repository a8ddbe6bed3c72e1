using ArchiveSearch.Analysis.Exact;
using ArchiveSearch.Archive.Articles;

namespace ArchiveSearch.Index.Ingest;

/// <summary>
/// The lines of a page that no article keeps: furniture, credits such as 设计制作 or 本版责编, issue numbers, box
/// labels, column names. They are indexed with their page so that nothing printed on it is unsearchable.
/// </summary>
public static class LinesOutsideArticles
{
    /// <summary>
    /// Every line of the page, trimmed, that has a run of letters or digits which no single text of an article on
    /// the page contains (compared as exact matching compares, folded). Punctuation and spaces do not count: the
    /// segmenter may drop a dash before a sub-headline or a bullet before an item without leaving the line behind.
    /// A line that an article mostly keeps (a paragraph that opened with a continuation note the segmenter dropped)
    /// gives only its runs that no article has, so the article's own text is not found a second time as the page's.
    /// </summary>
    public static IReadOnlyList<string> Find(string pageText, IReadOnlyList<Article> articles)
    {
        var texts = articles.SelectMany(TextsOf).Where(t => t.Length > 0).Select(ExactTextFolding.Fold).ToList();
        var lines = new List<string>();
        foreach (var raw in pageText.Split('\n'))
        {
            var line = raw.Trim();
            var runs = Runs(line).ToList();
            var missing = runs.Where(run => !texts.Any(t => t.Contains(ExactTextFolding.Fold(run), StringComparison.Ordinal))).ToList();
            if (missing.Count == 0)
                continue;
            var missingLength = missing.Sum(r => r.Length);
            lines.Add(missingLength * 2 >= runs.Sum(r => r.Length) ? line : string.Join(' ', missing));
        }

        return lines;
    }

    private static IEnumerable<string> TextsOf(Article article) =>
        [article.Title, article.Subtitle ?? "", article.Byline ?? "", .. article.Paragraphs, .. article.Authors.Select(a => a.Name)];

    /// <summary>The maximal runs of letters and digits (surrogate pairs included) of a text.</summary>
    private static IEnumerable<string> Runs(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inRun = i < text.Length && (char.IsLetterOrDigit(text[i]) || char.IsSurrogate(text[i]));
            if (inRun && start < 0)
                start = i;
            else if (!inRun && start >= 0)
            {
                yield return text[start..i];
                start = -1;
            }
        }
    }
}
