using System.Reflection;

namespace ArchiveSearch.Analysis.Folding;

/// <summary>
/// Folds traditional Chinese characters to simplified ones, so that both scripts match as one. The table
/// (ScriptFolding.txt, embedded) is generated from OpenCC's character tables by scripts/make-script-folding.sh,
/// which also states its rules: each traditional character folds to one simplified character (發 and 髮 both
/// to 发), and a character also in simplified use (著, 覆) is left as it is. Every fold maps one UTF-16 unit to
/// one unit, so offsets into folded text are offsets into the text as printed.
/// </summary>
public static class ScriptFolding
{
    private const string ResourceName = "ArchiveSearch.Analysis.Folding.ScriptFolding.txt";

    private static readonly char[] Table = Load();

    /// <summary>How many characters the table folds.</summary>
    public static int Count { get; private set; }

    public static char Fold(char c) => Table[c];

    private static char[] Load()
    {
        var table = new char[char.MaxValue + 1];
        for (var i = 0; i < table.Length; i++)
            table[i] = (char)i;

        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The script folding table {ResourceName} is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var count = 0;
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
                continue;
            // FROM TO RULE: two single UTF-16 units separated by a space.
            if (line.Length < 3 || line[1] != ' ')
                throw new InvalidDataException($"Malformed line in {ResourceName}: '{line}'.");
            table[line[0]] = line[2];
            count++;
        }

        Count = count;
        return table;
    }
}
