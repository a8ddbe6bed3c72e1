using System.Reflection;

namespace ArchiveSearch.Analysis.Folding;

/// <summary>
/// Folds traditional Chinese characters to simplified ones, so that both scripts match as one. The table
/// (ScriptFolding.txt, embedded) is generated from OpenCC's tables by scripts/make-script-folding.sh, which also
/// states its rules: each traditional character folds to one simplified character (rule ts: 發 and 髮 both to 发),
/// and a character OpenCC writes in place of exactly one other character folds to it even when it is in simplified
/// use itself (rule st: 瞭 to 了 as in 瞭解, 覆 to 复 as in 反覆), so that a text OpenCC converted matches its source.
/// Every fold maps one UTF-16 unit to one unit, so offsets into folded text are offsets into the text as printed.
/// </summary>
public static class ScriptFolding
{
    private const string ResourceName = "ArchiveSearch.Analysis.Folding.ScriptFolding.txt";

    private static readonly char[] All = Identity();

    private static readonly char[] TraditionalOnly = Identity();

    /// <summary>How many characters the table folds.</summary>
    public static int Count { get; } = Load();

    /// <summary>Every fold of the table, for matching: exact fields, queries, highlights.</summary>
    public static char Fold(char c) => All[c];

    /// <summary>
    /// Only the folds of characters that are traditional forms (rule ts), for word analysis: folding characters in
    /// everyday simplified use (待, 座, 著) would change the words SmartCN finds in simplified text.
    /// </summary>
    public static char FoldTraditional(char c) => TraditionalOnly[c];

    private static char[] Identity()
    {
        var table = new char[char.MaxValue + 1];
        for (var i = 0; i < table.Length; i++)
            table[i] = (char)i;
        return table;
    }

    private static int Load()
    {

        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The script folding table {ResourceName} is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var count = 0;
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
                continue;
            // FROM TO RULE: two single UTF-16 units and the rule that made the fold, separated by spaces.
            if (line.Length < 6 || line[1] != ' ' || line[3] != ' ')
                throw new InvalidDataException($"Malformed line in {ResourceName}: '{line}'.");
            All[line[0]] = line[2];
            if (line.AsSpan(4).SequenceEqual("ts"))
                TraditionalOnly[line[0]] = line[2];
            count++;
        }

        return count;
    }
}
