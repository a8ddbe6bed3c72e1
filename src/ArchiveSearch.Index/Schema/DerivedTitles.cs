using ArchiveSearch.Archive.Articles;

namespace ArchiveSearch.Index.Schema;

/// <summary>
/// Tells a headline from the label an untitled item (a caption, a brief) gets from its own first clause. Such a label
/// is not a headline: indexing it as one would rank every caption that mentions a term as if it were about it,
/// and its text is in the body anyway.
/// </summary>
public static class DerivedTitles
{
    /// <summary>Longest picture label (图①为, 图为) that may stand before the clause the label is cut from.</summary>
    private const int MaxPictureLabel = 4;

    /// <summary>
    /// Rule: the title is the first clause of the body (after at most a picture label), whole or cut off with an
    /// ellipsis. A headline that the body merely begins with (北岭高新区 / 北岭高新区今年…) is not derived.
    /// </summary>
    public static bool IsDerived(string title, string body)
    {
        var cut = title.EndsWith('…');
        var text = cut ? title[..^1] : title;
        if (text.Length == 0)
            return false;
        var firstParagraph = body.Split('\n', 2)[0];
        var at = firstParagraph.IndexOf(text, StringComparison.Ordinal);
        if (at < 0 || at > MaxPictureLabel)
            return false;
        var after = at + text.Length;
        return cut || after == firstParagraph.Length || firstParagraph[after] is '。' or '！' or '？';
    }
}
