namespace ArchiveSearch.Index.Querying;

/// <summary>A query that cannot be read; the message says what is wrong and where, for the user to fix it.</summary>
public sealed class QuerySyntaxException(string message, int position) : Exception(message)
{
    /// <summary>Character position in the query where the problem was found.</summary>
    public int Position { get; } = position;
}
