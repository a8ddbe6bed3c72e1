using ArchiveSearch.Archive.Articles;

namespace ArchiveSearch.Archive.Segmentation;

/// <summary>
/// A first, coarse segmenter: paragraphs are runs of non-blank lines; a run of short unpunctuated
/// paragraphs after body text starts a new article and becomes its headline.
/// </summary>
public sealed class BlankLineSegmenter : IPageSegmenter
{
    private const int MaxHeadingLength = 40;

    public IReadOnlyList<Article> Split(string pageText)
    {
        var articles = new List<Article>();
        var headings = new List<string>();
        var body = new List<string>();
        int start = 0, end = 0;

        void Flush()
        {
            if (headings.Count == 0 && body.Count == 0) return;
            var title = headings.Count > 0 ? headings[0] : Shorten(body[0]);
            articles.Add(new Article
            {
                Ordinal = articles.Count + 1,
                Title = title,
                Subtitle = headings.Count > 1 ? string.Join(' ', headings.Skip(1)) : null,
                Paragraphs = body.ToArray(),
                StartOffset = start,
                EndOffset = end,
            });
            headings.Clear();
            body.Clear();
        }

        foreach (var (text, offset) in Paragraphs(pageText))
        {
            var isHeading = text.Length <= MaxHeadingLength && !EndsLikeSentence(text);
            if (isHeading && body.Count > 0) Flush();
            if (headings.Count == 0 && body.Count == 0) start = offset;
            if (isHeading && body.Count == 0) headings.Add(text);
            else body.Add(text);
            end = offset + text.Length;
        }

        Flush();
        return articles;
    }

    internal static IEnumerable<(string Text, int Offset)> Paragraphs(string page)
    {
        var position = 0;
        foreach (var line in page.Split('\n'))
        {
            var trimmed = line.Trim();
            if (trimmed.Length > 0)
                yield return (trimmed, position + line.IndexOf(trimmed[0]));
            position += line.Length + 1;
        }
    }

    private static bool EndsLikeSentence(string text) => text[^1] is '。' or '！' or '？' or '”' or '…' or '；' or '，' or '、' or '.';

    private static string Shorten(string text) => text.Length <= 30 ? text : text[..30] + "…";
}
