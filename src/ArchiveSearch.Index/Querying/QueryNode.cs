namespace ArchiveSearch.Index.Querying;

/// <summary>Where a term must occur: anywhere in the article's text, in its headlines, or in its credits.</summary>
public enum QueryField
{
    Any,
    Title,
    Author,
}

/// <summary>A parsed user query.</summary>
public abstract record QueryNode;

/// <summary>
/// Text that must occur as written. <see cref="Quoted"/> marks a phrase the user put in quotes: it may hold
/// spaces, and a query made only of such phrases is never relaxed. <see cref="Within"/>, set by <c>"A B"~N</c>,
/// turns the phrase into a proximity: its space-separated parts must each occur as written, in any order,
/// with at most N characters between them.
/// </summary>
public sealed record TermNode(string Text, QueryField Field = QueryField.Any, bool Quoted = false, int? Within = null) : QueryNode
{
    /// <summary>
    /// The strings that must occur: the parts of a proximity, or the whole text; for a quoted phrase with a space
    /// between Chinese characters, either the text as written or joined (see <see cref="PhraseSpacing"/>).
    /// </summary>
    public IReadOnlyList<string> Literals => Within is not null
        ? Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
        : PhraseSpacing.Joined(Text) is var joined && joined != Text ? [Text, joined] : [Text];
}

/// <summary>Every child must match.</summary>
public sealed record AndNode(IReadOnlyList<QueryNode> Children) : QueryNode;

/// <summary>At least one child must match.</summary>
public sealed record OrNode(IReadOnlyList<QueryNode> Children) : QueryNode;

/// <summary>The child must not match; stands only beside something that must.</summary>
public sealed record NotNode(QueryNode Child) : QueryNode;

public static class QueryNodes
{
    /// <summary>The terms that a matching article contains (not those under a negation), in query order.</summary>
    public static IEnumerable<TermNode> PositiveTerms(QueryNode node) => node switch
    {
        TermNode term => [term],
        AndNode and => and.Children.SelectMany(PositiveTerms),
        OrNode or => or.Children.SelectMany(PositiveTerms),
        _ => [],
    };

    /// <summary>True when every positive term was quoted: the user asked for the text exactly as typed.</summary>
    public static bool OnlyQuoted(QueryNode node) => PositiveTerms(node).All(t => t.Quoted);
}
