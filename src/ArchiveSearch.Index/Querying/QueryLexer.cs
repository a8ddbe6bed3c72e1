namespace ArchiveSearch.Index.Querying;

internal enum TokenKind
{
    Word,
    Phrase,
    Open,
    Close,
    Or,
    Not,
    Field,
}

/// <summary>A piece of the query; <see cref="Within"/> is the N of a proximity phrase <c>"A B"~N</c>.</summary>
internal readonly record struct Token(TokenKind Kind, string Text, int Position, QueryField Field = QueryField.Any, int? Within = null);

/// <summary>
/// Cuts a query into words, quoted phrases (with a proximity <c>~N</c> right after the closing quote),
/// parentheses, OR, negations (<c>-</c> or an upper-case NOT) and field prefixes. Everything else, Lucene's
/// syntax characters included, is ordinary text that must match as written.
/// </summary>
internal static class QueryLexer
{
    private static readonly Dictionary<string, QueryField> FieldNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["title"] = QueryField.Title,
        ["标题"] = QueryField.Title,
        ["author"] = QueryField.Author,
        ["作者"] = QueryField.Author,
    };

    /// <summary>The largest N of a proximity phrase: a window wider than a long article adds nothing.</summary>
    public const int MaxWithin = 10_000;

    public static List<Token> Tokenize(string query)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < query.Length)
        {
            var c = query[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (ClosingQuote(c) is { } close)
            {
                var end = FindClosingQuote(query, i + 1, close);
                if (end < 0)
                    throw new QuerySyntaxException(QuerySyntaxError.QuoteNotClosed, $"The quote opened at position {i + 1} is not closed.", i, ("position", i + 1));
                var phrase = query[(i + 1)..end].Trim();
                var (within, next) = ReadWithin(query, end + 1);
                if (phrase.Length > 0)
                    tokens.Add(new Token(TokenKind.Phrase, phrase, i, Within: within));
                i = next;
            }
            else if (c is '(' or '（')
            {
                tokens.Add(new Token(TokenKind.Open, "(", i++));
            }
            else if (c is ')' or '）')
            {
                tokens.Add(new Token(TokenKind.Close, ")", i++));
            }
            else if (c is '-' or '－' && i + 1 < query.Length && !char.IsWhiteSpace(query[i + 1]))
            {
                tokens.Add(new Token(TokenKind.Not, "-", i++));
            }
            else
            {
                i = ReadWord(query, i, tokens);
            }
        }

        return tokens;
    }

    private static int ReadWord(string query, int start, List<Token> tokens)
    {
        var end = start;
        while (end < query.Length && !char.IsWhiteSpace(query[end]) && ClosingQuote(query[end]) is null && query[end] is not ('(' or '（' or ')' or '）'))
            end++;
        var word = query[start..end];

        if (word is "OR" or "|" or "||")
        {
            tokens.Add(new Token(TokenKind.Or, word, start));
        }
        else if (word is "NOT")
        {
            // Only the upper-case word is an operator: "not" and 不 are text like any other.
            tokens.Add(new Token(TokenKind.Not, word, start));
        }
        else if (word is "AND" or "&&" or "&" or "+" or "-" or "－")
        {
            // Conjunction is the default; a lone dash excludes nothing.
        }
        else if (FieldPrefix(word) is { } prefix)
        {
            tokens.Add(new Token(TokenKind.Field, prefix.Name, start, prefix.Field));
            var rest = word[(prefix.Name.Length + 1)..];
            if (rest.Length > 0)
                tokens.Add(new Token(TokenKind.Word, rest, start + prefix.Name.Length + 1));
            else if (end >= query.Length || char.IsWhiteSpace(query[end]) || query[end] is ')' or '）')
                throw new QuerySyntaxException(QuerySyntaxError.FieldWithoutTerm, $"'{prefix.Name}:' at position {start + 1} needs a word, a quoted phrase or parentheses right after the colon.", start,
                    ("position", start + 1), ("field", prefix.Name));
        }
        else
        {
            tokens.Add(new Token(TokenKind.Word, word, start));
        }

        return end;
    }

    /// <summary>
    /// Reads <c>~N</c> (or full-width <c>～N</c>) right after a closing quote: the phrase's terms must stand within N
    /// characters of each other. A tilde without digits is left as text.
    /// </summary>
    private static (int? Within, int Next) ReadWithin(string query, int at)
    {
        if (at >= query.Length || query[at] is not ('~' or '～'))
            return (null, at);
        var end = at + 1;
        while (end < query.Length && char.IsAsciiDigit(query[end]))
            end++;
        if (end == at + 1)
            return (null, at);
        var digits = query.AsSpan(at + 1, end - at - 1);
        if (digits.Length > 6 || int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture) > MaxWithin)
            throw new QuerySyntaxException(QuerySyntaxError.ProximityTooWide, $"The proximity at position {at + 1} is too wide; at most ~{MaxWithin} characters are allowed.", at,
                ("position", at + 1), ("limit", MaxWithin));
        return (int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture), end);
    }

    private static (string Name, QueryField Field)? FieldPrefix(string word)
    {
        var colon = word.IndexOfAny([':', '：']);
        if (colon <= 0)
            return null;
        var name = word[..colon];
        return FieldNames.TryGetValue(name, out var field) ? (name, field) : null;
    }

    private static char? ClosingQuote(char open) => open switch
    {
        '"' => '"',
        '“' or '”' => '”',
        '「' => '」',
        '『' => '』',
        _ => null,
    };

    private static int FindClosingQuote(string query, int from, char close)
    {
        for (var i = from; i < query.Length; i++)
        {
            // Typed text mixes straight and curly quotes; either closes a curly one.
            if (query[i] == close || (close == '”' && query[i] is '"' or '“'))
                return i;
        }

        return -1;
    }
}
