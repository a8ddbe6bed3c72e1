namespace ArchiveSearch.Cli.Bench;

/// <summary>
/// How long the generated articles are. <see cref="Real"/> draws each length from the distribution of the real
/// pages in ../shared/seeds as <c>archivesearch split</c> cuts them (25 items: articles, briefs, photo captions;
/// mean 592 characters, median 424), measured by <c>scripts/article-lengths.py</c>; <see cref="Short"/> is the
/// generator before that (1–4 paragraphs of 1–4 sentences, about 285 characters), kept so earlier figures can be
/// reproduced.
/// </summary>
internal sealed class ArticleLengths
{
    /// <summary>
    /// Characters of an item (headline and subtitle, byline and body) at the quantiles 0, 5 %, …, 100 % of the
    /// seeds' items, from <c>scripts/article-lengths.py ../shared/seeds</c>. Drawing a uniform quantile and
    /// interpolating between its neighbours gives a mean of about 557.
    /// </summary>
    private static readonly int[] SeedQuantiles =
        [41, 41, 43, 88, 120, 150, 345, 389, 403, 412, 424, 454, 470, 487, 501, 512, 604, 862, 1333, 1966, 3028];

    public static ArticleLengths Real { get; } = new("real");

    public static ArticleLengths Short { get; } = new("short");

    public static IReadOnlyList<string> Names { get; } = ["real", "short"];

    private ArticleLengths(string name) => Name = name;

    public string Name { get; }

    public static ArticleLengths? Named(string name) => name switch
    {
        "real" => Real,
        "short" => Short,
        _ => null,
    };

    /// <summary>A length in characters for the next item, drawn from the seeds' quantiles.</summary>
    public static int Draw(Random random)
    {
        var position = random.NextDouble() * (SeedQuantiles.Length - 1);
        var below = (int)position;
        var above = Math.Min(below + 1, SeedQuantiles.Length - 1);
        return (int)Math.Round(SeedQuantiles[below] + (SeedQuantiles[above] - SeedQuantiles[below]) * (position - below));
    }
}
