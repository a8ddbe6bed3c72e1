namespace ArchiveSearch.Analysis.SmartCn;

/// <summary>
/// The SmartCN dictionaries could not be read from the package the application is built with: its resources are
/// missing or not in the expected format (a different package version). There is deliberately no fallback,
/// because segmenting without the dictionaries would silently produce a different index.
/// </summary>
public sealed class SmartCnDictionaryException : Exception
{
    public SmartCnDictionaryException(string origin, string problem, Exception? inner = null)
        : base($"SmartCN dictionaries unavailable: {problem} (read from {origin}). " +
               "They ship in the Lucene.Net.Analysis.SmartCn package pinned in Directory.Packages.props; rebuild the application with that version.", inner)
    {
        Origin = origin;
    }

    /// <summary>Where the dictionaries were to be read from.</summary>
    public string Origin { get; }
}
