using ArchiveSearch.Archive.Articles;

namespace ArchiveSearch.Archive.Segmentation;

/// <summary>
/// Cut assessment: gives each item its verdict, <c>sure</c> or <c>unsure</c> with the reasons of the rules of
/// <see cref="CutRules"/> that doubt it, read from the decisions the earlier passes made inside the item.
/// </summary>
public sealed class CutAssessmentPass : ISegmentationPass
{
    public string Name => "cut";

    /// <summary>The rule name the explain trail gives a sure verdict: no cut rule found its sign.</summary>
    public const string NoSign = "no-rule-found-a-sign";

    public void Run(PageWork work)
    {
        var articles = work.Articles;
        var decisions = new List<SegmentationDecision>[articles.Count];
        for (var i = 0; i < articles.Count; i++)
            decisions[i] = [];
        foreach (var decision in work.Decisions)
        {
            if ((JoinHolder(articles, decision) ?? Holder(articles, decision.Start)) is { } i)
                decisions[i].Add(decision);
        }

        var assessed = new Article[articles.Count];
        for (var i = 0; i < articles.Count; i++)
        {
            var evidence = new CutEvidence(articles[i], decisions[i], i > 0 ? articles[i - 1] : null, i + 1 < articles.Count ? articles[i + 1] : null)
            {
                PreviousText = NearestText(articles, i, -1),
                NextText = NearestText(articles, i, +1),
            };
            var verdict = CutVerdict.From(CutRules.Assess(evidence));
            foreach (var reason in verdict.Reasons)
                work.Record(Name, reason.Rule, "unsure", articles[i].StartOffset, articles[i].Title);
            // The trail says of every item what decided its verdict: a sure one was found clean by every rule.
            if (!verdict.IsUnsure)
                work.Record(Name, NoSign, "sure", articles[i].StartOffset, articles[i].Title);
            assessed[i] = articles[i] with { Cut = verdict };
        }

        work.Articles = assessed;
    }

    /// <summary>The nearest item in the given direction that is no photo.</summary>
    private static Article? NearestText(IReadOnlyList<Article> articles, int i, int step)
    {
        for (var j = i + step; j >= 0 && j < articles.Count; j += step)
        {
            if (articles[j].Kind != ArticleKind.Photo)
                return articles[j];
        }

        return null;
    }

    /// <summary>How much of a join's appended text identifies the item that holds it.</summary>
    private const int JoinProbe = 12;

    /// <summary>For a join (tail|appended text), the item whose text holds the join itself: spans of joined items overlap others.</summary>
    private static int? JoinHolder(IReadOnlyList<Article> articles, SegmentationDecision decision)
    {
        var bar = decision.Text.IndexOf('|');
        if (bar < 0 || decision.Outcome.StartsWith("joined", StringComparison.Ordinal) is false)
            return null;
        var tail = decision.Text[..bar];
        var appended = decision.Text[(bar + 1)..];
        var probe = tail + appended[..Math.Min(JoinProbe, appended.Length)];
        for (var i = 0; i < articles.Count; i++)
        {
            if (articles[i].Paragraphs.Any(p => p.Contains(probe, StringComparison.Ordinal)))
                return i;
        }

        return null;
    }

    /// <summary>
    /// The item whose span holds the offset; when spans nest (a paragraph joined across other items), the
    /// narrowest, since the text between belongs to the items printed there.
    /// </summary>
    private static int? Holder(IReadOnlyList<Article> articles, int offset)
    {
        int? best = null;
        for (var i = 0; i < articles.Count; i++)
        {
            var a = articles[i];
            if (offset >= a.StartOffset && offset < a.EndOffset && (best is null || a.EndOffset - a.StartOffset < articles[best.Value].EndOffset - articles[best.Value].StartOffset))
                best = i;
        }

        return best;
    }
}
