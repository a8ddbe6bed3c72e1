using System.Text.RegularExpressions;
using ArchiveSearch.Analysis.Exact;

namespace ArchiveSearch.Index.Highlighting;

/// <summary>A matched stretch of a text: UTF-16 start and length.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;
}

/// <summary>
/// Finds where query strings occur in a text, with the same folding the exact-match fields use
/// (full-width to half-width, case, any run of white space for a space), so what is marked is what matched.
/// </summary>
public static class MatchFinder
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(200);

    public static List<TextSpan> Find(string text, IEnumerable<string> needles)
    {
        var folded = ExactTextFolding.Fold(text);
        var spans = new List<TextSpan>();
        foreach (var needle in needles)
        {
            var parts = ExactTextFolding.FoldAndCollapse(needle).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 0)
                continue;
            var pattern = string.Join(@"\s+", parts.Select(Regex.Escape));
            try
            {
                foreach (Match match in Regex.Matches(folded, pattern, RegexOptions.CultureInvariant, Timeout))
                    spans.Add(new TextSpan(match.Index, match.Length));
            }
            catch (RegexMatchTimeoutException)
            {
                // A pathological text gets fewer marks, never a failed search.
            }
        }

        return Merge(spans);
    }

    /// <summary>Sorts spans and joins those that overlap or touch, so each stretch is marked once.</summary>
    public static List<TextSpan> Merge(List<TextSpan> spans)
    {
        spans.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length));
        var merged = new List<TextSpan>(spans.Count);
        foreach (var span in spans)
        {
            if (span.Length == 0)
                continue;
            if (merged.Count > 0 && span.Start <= merged[^1].End)
            {
                var last = merged[^1];
                merged[^1] = new TextSpan(last.Start, Math.Max(last.End, span.End) - last.Start);
            }
            else
            {
                merged.Add(span);
            }
        }

        return merged;
    }
}
