using System.Text;

namespace ArchiveSearch.Index.Highlighting;

/// <summary>
/// Cuts one to three passages around the matches of a text and renders them as HTML: matches wrapped in
/// <c>&lt;mark&gt;</c>, everything else escaped, an ellipsis where a passage is cut out of the text.
/// </summary>
public sealed class Highlighter(int fragmentLength = 90, int maxFragments = 3)
{
    private const string Ellipsis = "…";

    public int FragmentLength { get; } = fragmentLength;

    public int MaxFragments { get; } = maxFragments;

    public IReadOnlyList<string> Fragments(string text, IReadOnlyList<TextSpan> matches)
    {
        if (text.Length == 0)
            return [""];
        if (matches.Count == 0)
            return [Render(text, Window(text, 0, FragmentLength), [])];

        var windows = new List<(int Start, int End, int Count)>();
        foreach (var candidate in CandidateWindows(text, matches))
        {
            if (windows.Any(w => candidate.Start < w.End && w.Start < candidate.End))
                continue;
            windows.Add(candidate);
            if (windows.Count == MaxFragments)
                break;
        }

        return windows.OrderBy(w => w.Start).Select(w => Render(text, (w.Start, w.End), matches)).ToList();
    }

    /// <summary>Marks every match in the whole text (for a headline, or an article shown in full).</summary>
    public static string MarkAll(string text, IReadOnlyList<TextSpan> matches) => Render(text, (0, text.Length), matches);

    /// <summary>A window around each match, the windows holding the most matches first.</summary>
    private IEnumerable<(int Start, int End, int Count)> CandidateWindows(string text, IReadOnlyList<TextSpan> matches)
    {
        var windows = new List<(int Start, int End, int Count)>(matches.Count);
        foreach (var match in matches)
        {
            // Some context before the match, the rest after it.
            var from = Math.Max(0, match.Start - FragmentLength / 4);
            // Begin at the match's own sentence when it starts inside the context.
            var sentence = LastSentenceStart(text, from, match.Start);
            var (start, end) = Window(text, sentence >= 0 ? sentence : from, FragmentLength);
            if (match.End > end)
                end = Math.Min(text.Length, match.End);
            var count = matches.Count(m => m.Start >= start && m.End <= end);
            windows.Add((start, end, count));
        }

        return windows.OrderByDescending(w => w.Count).ThenBy(w => w.Start);
    }

    /// <summary>A window of about <paramref name="length"/> units from <paramref name="start"/>, preferring to begin after a sentence's end and never splitting a surrogate pair.</summary>
    private static (int Start, int End) Window(string text, int start, int length)
    {
        start = Math.Clamp(start, 0, text.Length);
        var sentenceStart = SentenceStartNear(text, start, maxBack: length / 4);
        if (sentenceStart >= 0)
            start = sentenceStart;
        var end = Math.Min(text.Length, start + length);
        if (start > 0 && char.IsLowSurrogate(text[start]))
            start--;
        if (end < text.Length && char.IsLowSurrogate(text[end]))
            end++;
        return (start, end);
    }

    private static int LastSentenceStart(string text, int from, int to)
    {
        for (var i = to; i > from; i--)
        {
            if (text[i - 1] is '。' or '！' or '？' or '；' or '\n')
                return i;
        }

        return -1;
    }

    private static int SentenceStartNear(string text, int position, int maxBack)
    {
        for (var i = position; i > 0 && i >= position - maxBack; i--)
        {
            if (text[i - 1] is '。' or '！' or '？' or '；' or '\n')
                return i;
        }

        return -1;
    }

    private static string Render(string text, (int Start, int End) window, IReadOnlyList<TextSpan> matches)
    {
        var html = new StringBuilder(window.End - window.Start + 32);
        if (window.Start > 0)
            html.Append(Ellipsis);
        var position = window.Start;
        foreach (var match in matches)
        {
            if (match.End <= window.Start || match.Start >= window.End)
                continue;
            var start = Math.Max(match.Start, window.Start);
            var end = Math.Min(match.End, window.End);
            Escape(html, text, position, start);
            html.Append("<mark>");
            Escape(html, text, start, end);
            html.Append("</mark>");
            position = end;
        }

        Escape(html, text, position, window.End);
        if (window.End < text.Length)
            html.Append(Ellipsis);
        return html.ToString();
    }

    private static void Escape(StringBuilder html, string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            switch (text[i])
            {
                case '&': html.Append("&amp;"); break;
                case '<': html.Append("&lt;"); break;
                case '>': html.Append("&gt;"); break;
                case '"': html.Append("&quot;"); break;
                case '\'': html.Append("&#39;"); break;
                case '\n': html.Append(' '); break;
                default: html.Append(text[i]); break;
            }
        }
    }
}
