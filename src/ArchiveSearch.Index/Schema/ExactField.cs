namespace ArchiveSearch.Index.Schema;

/// <summary>
/// Where one kind of text is indexed for exact matching: its characters with positions, and a marker for
/// each run of white space (see <c>ExactGrams</c>), in <see cref="Name"/>; each distinct pair of adjacent units
/// without positions (see <c>ExactPairs</c>) in <see cref="Pairs"/>. A typed string of two characters is one
/// pair; a longer one is the phrase of its characters.
/// </summary>
public sealed record ExactField(string Name, string Pairs)
{
    /// <summary>All text of an article: the headline (title and subtitle as one string), byline and body.</summary>
    public static readonly ExactField Text = new("text_x", "text_xp");

    /// <summary>The headline: title and subtitle as one string, so a headline broken over two lines is found whole.</summary>
    public static readonly ExactField Headline = new("headline_x", "headline_xp");

    /// <summary>The credited names and the byline.</summary>
    public static readonly ExactField Author = new("author_x", "author_xp");

    public static readonly IReadOnlyList<ExactField> All = [Text, Headline, Author];
}
