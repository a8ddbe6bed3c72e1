namespace ArchiveSearch.Cli.Bench;

internal sealed record BenchSettings(int Pages, DirectoryInfo? Corpus, FileInfo? ExportTsv, DirectoryInfo? Keep, int Rounds, int Clients)
{
    /// <summary>How long the generated articles are: the real pages' distribution, or the short ones of earlier figures.</summary>
    public ArticleLengths Lengths { get; init; } = ArticleLengths.Real;

    /// <summary>Also time each search's stages, per shape (in process only).</summary>
    public bool Profile { get; init; }
}
