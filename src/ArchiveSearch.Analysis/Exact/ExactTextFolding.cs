using ArchiveSearch.Analysis.Folding;

namespace ArchiveSearch.Analysis.Exact;

/// <summary>
/// The character folding shared by exact-match indexing, exact-match queries and anything that checks
/// them: full-width ASCII to half-width, the ideographic space to a space, Latin to lower case, traditional
/// Chinese characters to simplified ones (<see cref="ScriptFolding"/>). Every fold maps one UTF-16 unit to
/// one unit, so offsets into folded text are offsets into the original.
/// </summary>
public static class ExactTextFolding
{
    public static char Fold(char c)
    {
        if (c is >= '\uFF01' and <= '\uFF5E')
            c = (char)(c - 0xFEE0);
        else if (c == '\u3000')
            return ' ';
        return c is >= 'A' and <= 'Z' ? (char)(c + 32) : ScriptFolding.Fold(c);
    }

    public static string Fold(string text) => string.Create(text.Length, text, static (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
            span[i] = Fold(source[i]);
    });

    public static bool IsSpace(char c) => char.IsWhiteSpace(c);

    /// <summary>Folds and collapses every run of white space into one space, trimming both ends.</summary>
    public static string FoldAndCollapse(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var raw in text)
        {
            var c = Fold(raw);
            if (IsSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
                builder.Append(' ');
            pendingSpace = false;
            builder.Append(c);
        }

        return builder.ToString();
    }
}
