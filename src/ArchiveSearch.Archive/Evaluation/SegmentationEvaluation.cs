using ArchiveSearch.Archive.Articles;
using ArchiveSearch.Archive.Pages;
using ArchiveSearch.Archive.Segmentation;

namespace ArchiveSearch.Archive.Evaluation;

/// <summary>One article as a reader marks it on a page.</summary>
public sealed record ExpectedArticle(string Page, ArticleKind Kind, string Title, string? Byline);

/// <summary>A sentence the layout broke that must come out whole in some article's body.</summary>
public sealed record ExpectedWrap(string Page, string Text);

/// <summary>A passage that must come out in the article of the given title (a paragraph naming a person, say), and in no other.</summary>
public sealed record ExpectedHolding(string Page, string Title, string Text);

public sealed record SegmentationExpectations(IReadOnlyList<ExpectedArticle> Articles, IReadOnlyList<ExpectedWrap> Wraps)
{
    public IReadOnlyList<ExpectedHolding> Holdings { get; init; } = [];

    public IEnumerable<string> Pages => Articles.Select(a => a.Page).Concat(Wraps.Select(w => w.Page)).Concat(Holdings.Select(h => h.Page)).Distinct(StringComparer.Ordinal);

    /// <summary>
    /// Reads the TSV of expectations: <c>article, page, kind, title, byline</c>, <c>wrap, page, text</c> and
    /// <c>holds, page, title, text</c> rows.
    /// </summary>
    public static SegmentationExpectations Parse(IEnumerable<string> lines)
    {
        var articles = new List<ExpectedArticle>();
        var wraps = new List<ExpectedWrap>();
        var holdings = new List<ExpectedHolding>();
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
                case "holds" when cells.Length >= 4:
                    holdings.Add(new ExpectedHolding(cells[1], cells[2], cells[3]));
                    break;
                default:
                    throw new FormatException($"line {number}: expected an 'article', 'wrap' or 'holds' row");
            }
        }

        return new SegmentationExpectations(articles, wraps) { Holdings = holdings };
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
    IReadOnlyList<string> Problems)
{
    public int HoldingsExpected { get; init; }
    public int HoldingsRight { get; init; }

    /// <summary>Items cut wrong (see <see cref="SegmentationEvaluation"/>) and how many of them are flagged unsure.</summary>
    public int ItemsWrong { get; init; }
    public int WrongFlagged { get; init; }

    /// <summary>Items cut right and how many of them are flagged unsure all the same.</summary>
    public int ItemsRight { get; init; }
    public int RightFlagged { get; init; }

    /// <summary>Where the cut verdict and the marks disagree: a wrong item not flagged, a right one flagged.</summary>
    public IReadOnlyList<string> FlagMisses { get; init; } = [];

    /// <summary>Every reason given on the page, with whether its item was cut wrong.</summary>
    public IReadOnlyList<CutRuleFiring> RuleFirings { get; init; } = [];
}

/// <summary>
/// Compares a segmenter's articles with hand-marked expectations: boundaries (an expected article is found
/// when a predicted one in order has its title), kinds and bylines of the found ones, broken sentences
/// that come out whole, and passages held by the article they belong to.
/// An item is cut wrong when no expected article matches it, when its byline is not the marked one, when it
/// holds one half of a marked broken sentence that did not come out whole, or when it lacks a passage marked
/// for it or holds one marked for another; every other item is cut right. Each is then counted as flagged
/// or not by its cut verdict.
/// </summary>
public static class SegmentationEvaluation
{
    /// <summary>How many characters of each end of a broken sentence identify the items holding its halves.</summary>
    private const int BrokenHalf = 4;

    public static PageScore Score(IPageSegmenter segmenter, string pageName, string text, SegmentationExpectations expectations)
    {
        var predicted = segmenter.Split(text);
        var work = SegmentationPipeline.Standard.Run(text);
        var repaired = work.WrapsRepaired + work.ReadingOrderJoins;
        var expected = expectations.Articles.Where(a => a.Page == pageName).ToList();
        var problems = new List<string>();

        var wrong = new bool[predicted.Count];
        var matchedTitle = new string?[predicted.Count];
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

            for (var i = next; i < at; i++)
            {
                problems.Add($"extra: {predicted[i].Title}");
                wrong[i] = true;
            }

            next = at + 1;
            matched++;
            matchedTitle[at] = want.Title;
            var got = predicted[at];
            if (got.Kind == want.Kind) kinds++;
            else problems.Add($"kind of {want.Title}: {got.Kind}, expected {want.Kind}");
            if (got.Byline == want.Byline) bylines++;
            else
            {
                problems.Add($"byline of {want.Title}: '{got.Byline}', expected '{want.Byline}'");
                wrong[at] = true;
            }
        }

        for (var i = next; i < predicted.Count; i++)
        {
            problems.Add($"extra: {predicted[i].Title}");
            wrong[i] = true;
        }

        var wraps = expectations.Wraps.Where(w => w.Page == pageName).ToList();
        var whole = 0;
        foreach (var wrap in wraps)
        {
            if (predicted.Any(a => a.Body.Contains(wrap.Text, StringComparison.Ordinal)))
            {
                whole++;
                continue;
            }

            problems.Add($"broken: {wrap.Text}");
            var half = Math.Max(1, Math.Min(BrokenHalf, wrap.Text.Length / 2));
            for (var i = 0; i < predicted.Count; i++)
            {
                if (predicted[i].Body.Contains(wrap.Text[..half], StringComparison.Ordinal) || predicted[i].Body.Contains(wrap.Text[^half..], StringComparison.Ordinal))
                    wrong[i] = true;
            }
        }

        var holdings = expectations.Holdings.Where(h => h.Page == pageName).ToList();
        var held = 0;
        foreach (var holding in holdings)
        {
            var owner = Array.FindIndex(matchedTitle, t => t == holding.Title);
            var holders = Enumerable.Range(0, predicted.Count).Where(i => predicted[i].Body.Contains(holding.Text, StringComparison.Ordinal)).ToList();
            if (owner >= 0 && holders.Count == 1 && holders[0] == owner)
            {
                held++;
                continue;
            }

            problems.Add($"misplaced: {holding.Text} (expected in {holding.Title})");
            if (owner >= 0) wrong[owner] = true;
            foreach (var i in holders) wrong[i] = true;
        }

        var flagged = predicted.Select(a => a.Cut.IsUnsure).ToArray();
        var misses = new List<string>();
        for (var i = 0; i < predicted.Count; i++)
        {
            if (wrong[i] != flagged[i])
                misses.Add($"{(wrong[i] ? "wrong, not flagged" : "right, flagged")}: {predicted[i].Title}{(flagged[i] ? " [" + string.Join(", ", predicted[i].Cut.Reasons.Select(r => r.Rule)) + "]" : "")}");
        }

        return new PageScore(pageName, expected.Count, predicted.Count, matched, kinds, bylines, wraps.Count, whole, repaired, problems)
        {
            HoldingsExpected = holdings.Count,
            HoldingsRight = held,
            ItemsWrong = wrong.Count(w => w),
            WrongFlagged = Enumerable.Range(0, predicted.Count).Count(i => wrong[i] && flagged[i]),
            ItemsRight = wrong.Count(w => !w),
            RightFlagged = Enumerable.Range(0, predicted.Count).Count(i => !wrong[i] && flagged[i]),
            FlagMisses = misses,
            RuleFirings = Enumerable.Range(0, predicted.Count).SelectMany(i => predicted[i].Cut.Reasons.Select(r => new CutRuleFiring(r.Rule, wrong[i]))).ToList(),
        };
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
