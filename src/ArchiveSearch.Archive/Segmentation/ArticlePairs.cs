using System.Runtime.CompilerServices;
using ArchiveSearch.Archive.Articles;

namespace ArchiveSearch.Archive.Segmentation;

/// <summary>
/// The pairs of an item's text (its title and paragraphs as one string, as <see cref="TextCohesion"/> reads it), counted
/// once per item. The cut rules ask of each paragraph what it shares with the rest of its item and with its neighbours;
/// building "the item without this paragraph" anew for every paragraph made a page's assessment grow with the square of
/// its length. The counts give the same answers: the rest of the item has a pair when the whole has it more often than
/// the paragraph and its two seams account for, or when the seam closed over the paragraph makes it.
/// </summary>
public sealed class ArticlePairs
{
    private static readonly ConditionalWeakTable<Article, ArticlePairs> Known = new();

    /// <summary>The title, then the paragraphs: the pieces whose concatenation is the item's text.</summary>
    private readonly string[] pieces;

    /// <summary>How often each pair occurs in the whole text, seams between pieces included.</summary>
    private readonly Dictionary<int, int> counts = [];

    /// <summary>Each piece's own pairs, with how often each occurs inside it.</summary>
    private readonly Dictionary<int, int>[] inside;

    private ArticlePairs(Article article)
    {
        pieces = [article.Title, .. article.Paragraphs];
        inside = new Dictionary<int, int>[pieces.Length];
        for (var p = 0; p < pieces.Length; p++)
        {
            inside[p] = CountInside(pieces[p]);
            foreach (var (code, n) in inside[p])
                counts[code] = counts.GetValueOrDefault(code) + n;
        }

        for (int p = Following(-1), q = Following(p); p >= 0 && q >= 0; p = q, q = Following(q))
        {
            if (Seam(p, q) is { } code)
                counts[code] = counts.GetValueOrDefault(code) + 1;
        }
    }

    /// <summary>The pairs of an item, counted on first use and kept while the item lives.</summary>
    public static ArticlePairs Of(Article article) => Known.GetValue(article, a => new ArticlePairs(a));

    /// <summary>Whether the item's whole text has the pair.</summary>
    public bool Has(int code) => counts.ContainsKey(code);

    /// <summary>How many of the paragraph's distinct pairs <paramref name="other"/>'s whole text has too.</summary>
    public int SharedWith(int paragraph, ArticlePairs other) => inside[paragraph + 1].Keys.Count(other.Has);

    /// <summary>How many of the paragraph's distinct pairs the item's title and other paragraphs (as one text) have.</summary>
    public int SharedWithRest(int paragraph)
    {
        var piece = paragraph + 1;
        if (pieces[piece].Length == 0)
            return 0;
        var before = Preceding(piece);
        var after = Following(piece);
        var leftSeam = before >= 0 ? Seam(before, piece) : null;
        var rightSeam = after >= 0 ? Seam(piece, after) : null;
        var closedSeam = before >= 0 && after >= 0 ? Seam(before, after) : null;
        var shared = 0;
        foreach (var (code, n) in inside[piece])
        {
            var rest = counts[code] - n - (leftSeam == code ? 1 : 0) - (rightSeam == code ? 1 : 0) + (closedSeam == code ? 1 : 0);
            if (rest > 0)
                shared++;
        }

        return shared;
    }

    /// <summary>
    /// Whether the paragraph reads as part of <paramref name="other"/> rather than of the rest of its item, as
    /// <see cref="TextCohesion.BelongsElsewhere"/> judges it.
    /// </summary>
    public bool BelongsElsewhere(int paragraph, ArticlePairs other) =>
        SharedWith(paragraph, other) >= TextCohesion.MinShared && SharedWithRest(paragraph) == 0;

    /// <summary>The pair made where the end of one piece meets the start of the next non-empty one.</summary>
    private int? Seam(int first, int second) => TextCohesion.PairAt(pieces[first][^1], pieces[second][0]);

    /// <summary>The next non-empty piece after <paramref name="piece"/>, or -1.</summary>
    private int Following(int piece)
    {
        for (var p = piece + 1; p < pieces.Length; p++)
        {
            if (pieces[p].Length > 0)
                return p;
        }

        return -1;
    }

    /// <summary>The nearest non-empty piece before <paramref name="piece"/>, or -1.</summary>
    private int Preceding(int piece)
    {
        for (var p = piece - 1; p >= 0; p--)
        {
            if (pieces[p].Length > 0)
                return p;
        }

        return -1;
    }

    private static Dictionary<int, int> CountInside(string text)
    {
        var pairs = new Dictionary<int, int>();
        for (var i = 0; i + 1 < text.Length; i++)
        {
            if (TextCohesion.PairAt(text[i], text[i + 1]) is { } code)
                pairs[code] = pairs.GetValueOrDefault(code) + 1;
        }

        return pairs;
    }
}
