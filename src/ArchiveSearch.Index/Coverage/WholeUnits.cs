using ArchiveSearch.Analysis.Exact;
using ArchiveSearch.Index.Schema;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace ArchiveSearch.Index.Coverage;

/// <summary>
/// Whether an article holds a unit of a draft as a whole word or name, not as a fragment of other words: 东区 in
/// 广东区域 or 变肉 in 蜕变肉眼 are strings of the text, not what the article is about. An occurrence counts when
/// SmartCN, reading the text around it, starts a word where it starts and ends one where it ends (it may cut the unit
/// itself further: 大 桥 is still 大桥). Only a few characters around each occurrence are analysed, so the cost is
/// that of the occurrences, not of the article.
/// </summary>
public static class WholeUnits
{
    /// <summary>Characters read on each side of an occurrence: enough context for SmartCN to cut the words around it as in the whole text.</summary>
    private const int Context = 8;

    public static bool Holds(Analyzer words, ContentUnit unit, string foldedText)
    {
        var target = ExactTextFolding.Fold(unit.Text);
        for (var at = foldedText.IndexOf(target, StringComparison.Ordinal); at >= 0; at = foldedText.IndexOf(target, at + 1, StringComparison.Ordinal))
        {
            if (IsWhole(words, foldedText, at, at + target.Length))
                return true;
        }

        return false;
    }

    private static bool IsWhole(Analyzer words, string text, int start, int end)
    {
        var from = Math.Max(0, start - Context);
        var window = text[from..Math.Min(text.Length, end + Context)];
        bool startsWord = false, endsWord = false;
        using var stream = words.GetTokenStream(ArticleFields.Body, window);
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            var (s, e) = (offset.StartOffset + from, offset.EndOffset + from);
            // A word that runs across either edge of the occurrence makes it a fragment.
            if ((s < start && e > start) || (s < end && e > end))
            {
                startsWord = endsWord = false;
                break;
            }

            startsWord |= s == start;
            endsWord |= e == end;
        }

        stream.End();
        return startsWord && endsWord;
    }
}
