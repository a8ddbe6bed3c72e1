namespace ArchiveSearch.Index.Querying;

/// <summary>
/// Reads the archive's query language (see QUERY-SYNTAX.md): words that must all match, quoted phrases,
/// proximities ("A B"~N), OR, exclusions (-word, NOT word), title: and author: prefixes, parentheses.
/// Malformed input is a <see cref="QuerySyntaxException"/> that says what to fix; nothing else is thrown.
/// </summary>
public static class QueryParser
{
    public const int MaxLength = 1000;
    public const int MaxTerms = 64;
    public const int MaxDepth = 16;

    public static QueryNode Parse(string query)
    {
        if (query.Length > MaxLength)
            throw new QuerySyntaxException(QuerySyntaxError.TooLong, $"The query is too long ({query.Length} characters); at most {MaxLength} are allowed.", MaxLength,
                ("length", query.Length), ("limit", MaxLength));
        var state = new State(QueryLexer.Tokenize(query));
        if (state.AtEnd)
            throw new QuerySyntaxException(QuerySyntaxError.Empty, "The query is empty: type at least one word.", 0);

        var node = ParseOr(state, depth: 0);
        if (!state.AtEnd)
        {
            var stray = state.Peek;
            throw new QuerySyntaxException(QuerySyntaxError.ParenthesisNotOpened, $"The closing parenthesis at position {stray.Position + 1} has no opening one.", stray.Position,
                ("position", stray.Position + 1));
        }

        var terms = QueryNodes.PositiveTerms(node).Count() + CountNegated(node);
        if (terms > MaxTerms)
            throw new QuerySyntaxException(QuerySyntaxError.TooManyTerms, $"The query has {terms} terms; at most {MaxTerms} are allowed.", 0, ("terms", terms), ("limit", MaxTerms));
        RequirePositive(node);
        return node;
    }

    private static QueryNode ParseOr(State state, int depth)
    {
        if (depth > MaxDepth)
            throw new QuerySyntaxException(QuerySyntaxError.NestedTooDeep, $"Parentheses are nested more than {MaxDepth} deep.", state.AtEnd ? 0 : state.Peek.Position, ("limit", MaxDepth));
        if (state.Is(TokenKind.Or))
            throw new QuerySyntaxException(QuerySyntaxError.OrWithoutTermBefore, $"OR at position {state.Peek.Position + 1} needs a term before it.", state.Peek.Position,
                ("position", state.Peek.Position + 1));

        var alternatives = new List<QueryNode> { ParseAnd(state, depth) };
        while (state.Is(TokenKind.Or))
        {
            var or = state.Next();
            if (state.AtEnd || state.Is(TokenKind.Close) || state.Is(TokenKind.Or))
                throw new QuerySyntaxException(QuerySyntaxError.OrWithoutTermAfter, $"OR at position {or.Position + 1} needs a term after it.", or.Position, ("position", or.Position + 1));
            alternatives.Add(ParseAnd(state, depth));
        }

        return alternatives.Count == 1 ? alternatives[0] : new OrNode(alternatives);
    }

    private static QueryNode ParseAnd(State state, int depth)
    {
        var all = new List<QueryNode>();
        while (!state.AtEnd && !state.Is(TokenKind.Close) && !state.Is(TokenKind.Or))
            all.Add(ParseUnary(state, depth, QueryField.Any));
        return all.Count == 1 ? all[0] : new AndNode(all);
    }

    private static QueryNode ParseUnary(State state, int depth, QueryField field)
    {
        if (!state.Is(TokenKind.Not))
            return ParsePrimary(state, depth, field);
        var not = state.Next();
        if (state.AtEnd || state.Is(TokenKind.Close) || state.Is(TokenKind.Or))
            throw new QuerySyntaxException(QuerySyntaxError.ExclusionWithoutTerm, $"'{not.Text}' at position {not.Position + 1} needs something to exclude.", not.Position,
                ("position", not.Position + 1), ("operator", not.Text));
        var child = ParseUnary(state, depth, field);
        return child is NotNode twice ? twice.Child : new NotNode(child);
    }

    private static QueryNode ParsePrimary(State state, int depth, QueryField field)
    {
        var token = state.Next();
        switch (token.Kind)
        {
            case TokenKind.Word:
                return new TermNode(token.Text, field);
            case TokenKind.Phrase:
                // A proximity of a single part is that part, as written.
                return new TermNode(token.Text, field, Quoted: true, Within: token.Within is { } within && token.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length > 1 ? within : null);
            case TokenKind.Field:
                if (state.AtEnd || state.Peek.Kind is not (TokenKind.Word or TokenKind.Phrase or TokenKind.Open or TokenKind.Not))
                    throw new QuerySyntaxException(QuerySyntaxError.FieldWithoutTerm, $"'{token.Text}:' at position {token.Position + 1} needs a word, a quoted phrase or parentheses right after the colon.", token.Position,
                        ("position", token.Position + 1), ("field", token.Text));
                return ParseUnary(state, depth, token.Field);
            case TokenKind.Open:
                if (state.Is(TokenKind.Close))
                    throw new QuerySyntaxException(QuerySyntaxError.ParenthesesEmpty, $"The parentheses at position {token.Position + 1} are empty.", token.Position, ("position", token.Position + 1));
                var inner = ParseOr(state, depth + 1);
                if (!state.Is(TokenKind.Close))
                    throw new QuerySyntaxException(QuerySyntaxError.ParenthesisNotClosed, $"The parenthesis opened at position {token.Position + 1} is not closed.", token.Position,
                        ("position", token.Position + 1));
                state.Next();
                return field == QueryField.Any ? inner : WithField(inner, field);
            default:
                throw new QuerySyntaxException(QuerySyntaxError.UnexpectedToken, $"Unexpected '{token.Text}' at position {token.Position + 1}.", token.Position,
                    ("position", token.Position + 1), ("text", token.Text));
        }
    }

    /// <summary>Applies a field prefix to a group; a prefix inside the group wins.</summary>
    private static QueryNode WithField(QueryNode node, QueryField field) => node switch
    {
        TermNode term => term.Field == QueryField.Any ? term with { Field = field } : term,
        AndNode and => new AndNode(and.Children.Select(c => WithField(c, field)).ToList()),
        OrNode or => new OrNode(or.Children.Select(c => WithField(c, field)).ToList()),
        NotNode not => new NotNode(WithField(not.Child, field)),
        _ => node,
    };

    /// <summary>Every group must require something: an exclusion alone would have to scan the whole archive.</summary>
    private static void RequirePositive(QueryNode node)
    {
        switch (node)
        {
            case NotNode:
                throw new QuerySyntaxException(QuerySyntaxError.OnlyExclusions, "A query needs at least one term that must match; an excluded term alone matches nothing to exclude from.", 0);
            case AndNode and:
                if (and.Children.All(c => c is NotNode))
                    throw new QuerySyntaxException(QuerySyntaxError.OnlyExclusions, "A query needs at least one term that must match; an excluded term alone matches nothing to exclude from.", 0);
                foreach (var child in and.Children.Where(c => c is not NotNode))
                    RequirePositive(child);
                break;
            case OrNode or:
                foreach (var child in or.Children)
                {
                    if (child is NotNode)
                        throw new QuerySyntaxException(QuerySyntaxError.OrJoinsExclusion, "OR cannot join an excluded term; put the exclusion beside the group, as (a OR b) -c.", 0);
                    RequirePositive(child);
                }

                break;
        }
    }

    private static int CountNegated(QueryNode node) => node switch
    {
        NotNode not => QueryNodes.PositiveTerms(not.Child).Count() + CountNegated(not.Child),
        AndNode and => and.Children.Sum(CountNegated),
        OrNode or => or.Children.Sum(CountNegated),
        _ => 0,
    };

    private sealed class State(List<Token> tokens)
    {
        private int index;

        public bool AtEnd => index >= tokens.Count;

        public Token Peek => tokens[index];

        public bool Is(TokenKind kind) => !AtEnd && tokens[index].Kind == kind;

        public Token Next() => tokens[index++];
    }
}
