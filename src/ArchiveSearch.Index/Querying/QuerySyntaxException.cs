namespace ArchiveSearch.Index.Querying;

/// <summary>
/// A query that cannot be read; the message says what is wrong and where, for the user to fix it, and
/// <see cref="Values"/> carries the figures and text it names, for a caller that says it in another language.
/// </summary>
public sealed class QuerySyntaxException(QuerySyntaxError error, string message, int position, params (string Name, object Value)[] values)
    : Exception(message)
{
    public QuerySyntaxError Error { get; } = error;

    /// <summary>Character position in the query where the problem was found.</summary>
    public int Position { get; } = position;

    /// <summary>The values named in the message (a 1-based position, a limit, the text at fault), by name.</summary>
    public IReadOnlyList<(string Name, object Value)> Values { get; } = values;
}
