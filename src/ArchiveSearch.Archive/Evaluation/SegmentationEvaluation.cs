using ArchiveSearch.Archive.Articles;
using ArchiveSearch.Archive.Pages;
using ArchiveSearch.Archive.Segmentation;

namespace ArchiveSearch.Archive.Evaluation;

/// <summary>One article as a reader marks it on a page.</summary>
public sealed record ExpectedArticle(string Page, ArticleKind Kind, string Title, string? Byline);

/// <summary>A sentence the layout broke that must come out whole in some article's body.</summary>
public sealed record ExpectedWrap(string Page, string Text);

public sealed record SegmentationExpectations(IReadOnlyList<ExpectedArticle> Articles, IReadOnlyList<ExpectedWrap> Wraps)
{
    public IEnumerable<string> Pages => Articles.Select(a => a.Page).Concat(Wraps.Select(w => w.Page)).Distinct(StringComparer.Ordinal);

    /// <summary>Reads the TSV of expectations: <c>article, page, kind, title, byline</c> and <c>wrap, page, text</c> rows.</summary>
    public static SegmentationExpectations Parse(IEnumerable<string> lines)
    {
        var articles = new List<ExpectedArticle>();
        var wraps = new List<ExpectedWrap>();
        var number = 0;
        foreach (var line in lines)
        {
            number++;
            if (line.Length == 0 || line.StartsWith('#'))
                continue;
            var cells = line.Split('\t');
            switch (cells[0])
            {
                case "article" when cells.Length >= 4:
                    articles.Add(new ExpectedArticle(cells[1], Enum.Parse<ArticleKind>(cells[2], ignoreCase: true), cells[3], cells.Length > 4 && cells[4].Length > 0 ? cells[4] : null));
                    break;
                case "wrap" when cells.Length >= 3:
                    wraps.Add(new ExpectedWrap(cells[1], cells[2]));
                    break;
                default:
                    throw new FormatException($"line {number}: expected an 'article' or 'wrap' row");
            }
        }

        return new SegmentationExpectations(articles, wraps);
    }
}

/// <summary>How a page's segmentation compares with the reader's marking.</summary>
public sealed record PageScore(
    string Page,
    int Expected,
    int Found,
    int Matched,
    int KindsRight,
    int BylinesRight,
    int WrapsExpected,
    int WrapsWhole,
    int WrapsRepaired,
    IReadOnlyList<string> Problems);

/// <summary>
/// Compares a segmenter's articles with hand-marked expectations: boundaries (an expected article is found
/// when a predicted one in order has its title), kinds and bylines of the found ones, and broken sentences
/// that come out whole.
/// </summary>
public static class SegmentationEvaluation
{
    public static PageScore Score(IPageSegmenter segmenter, string pageName, string text, SegmentationExpectations expectations)
    {
        var predicted = segmenter.Split(text);
        var work = SegmentationPipeline.Standard.Run(text);
        var repaired = work.WrapsRepaired + work.ReadingOrderJoins;
        var expected = expectations.Articles.Where(a => a.Page == pageName).ToList();
        var problems = new List<string>();

        int matched = 0, kinds = 0, bylines = 0, next = 0;
        foreach (var want in expected)
        {
            var at = -1;
            for (var i = next; i < predicted.Count; i++)
            {
                if (predicted[i].Title.StartsWith(want.Title, StringComparison.Ordinal))
                {
                    at = i;
                    break;
                }
            }

            if (at < 0)
            {
                problems.Add($"missing: {want.Title}");
                continue;
            }

            foreach (var extra in predicted.Skip(next).Take(at - next))
                problems.Add($"extra: {extra.Title}");
            next = at + 1;
            matched++;
            var got = predicted[at];
            if (got.Kind == want.Kind) kinds++;
            else problems.Add($"kind of {want.Title}: {got.Kind}, expected {want.Kind}");
            if (got.Byline == want.Byline) bylines++;
            else problems.Add($"byline of {want.Title}: '{got.Byline}', expected '{want.Byline}'");
        }

        foreach (var extra in predicted.Skip(next))
            problems.Add($"extra: {extra.Title}");

        var wraps = expectations.Wraps.Where(w => w.Page == pageName).ToList();
        var whole = 0;
        foreach (var wrap in wraps)
        {
            if (predicted.Any(a => a.Body.Contains(wrap.Text, StringComparison.Ordinal)))
                whole++;
            else
                problems.Add($"broken: {wrap.Text}");
        }

        return new PageScore(pageName, expected.Count, predicted.Count, matched, kinds, bylines, wraps.Count, whole, repaired, problems);
    }

    /// <summary>Scores every page of the expectations found under the given folders (keyed by the page path's first segment).</summary>
    public static IReadOnlyList<PageScore> ScoreAll(IPageSegmenter segmenter, SegmentationExpectations expectations, IReadOnlyDictionary<string, string> folders)
    {
        var scores = new List<PageScore>();
        foreach (var page in expectations.Pages)
        {
            var slash = page.IndexOf('/');
            if (slash < 0 || !folders.TryGetValue(page[..slash], out var folder))
                continue;
            var read = PageTextReader.Read(Path.Combine(folder, page[(slash + 1)..]));
            if (!read.Succeeded)
                throw new InvalidOperationException($"{page}: {read.Failure}");
            scores.Add(Score(segmenter, page, read.Text!, expectations));
        }

        return scores;
    }
}
