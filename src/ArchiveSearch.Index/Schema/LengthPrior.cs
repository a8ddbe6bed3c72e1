namespace ArchiveSearch.Index.Schema;

/// <summary>
/// A mild prior for longer articles, so that a caption or brief does not outrank the article about a subject on
/// length normalisation alone: log2(1 + characters / 100), stored in hundredths. It grows slowly (a 75-character
/// caption 0.81, a 500-character brief 2.58, a 1,600-character feature 4.09) and is added once per search.
/// </summary>
public static class LengthPrior
{
    public const int Scale = 100;

    public static long Of(string body) => (long)Math.Round(Scale * Math.Log2(1 + body.Length / 100.0));
}
