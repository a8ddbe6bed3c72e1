namespace ArchiveSearch.Cli.Bench;

internal sealed record BenchSettings(int Pages, DirectoryInfo? Corpus, FileInfo? ExportTsv, DirectoryInfo? Keep, int Rounds, int Clients);
