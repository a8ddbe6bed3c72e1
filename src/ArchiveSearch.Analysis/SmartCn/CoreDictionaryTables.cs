namespace ArchiveSearch.Analysis.SmartCn;

/// <summary>
/// The four tables of <c>coredict.mem</c> as stored: an open-addressing hash from character to row
/// (<paramref name="RowOfSlot"/>, <paramref name="CharOfSlot"/>) and per row the sorted word suffixes (the word
/// without its first character; null for the character alone) and their frequencies.
/// </summary>
public sealed record CoreDictionaryTables(short[] RowOfSlot, char[] CharOfSlot, char[]?[]?[] Words, int[]?[] Frequencies)
{
    /// <summary>The row of each character, whatever slot of the hash holds it.</summary>
    public SortedDictionary<char, int> RowsByCharacter()
    {
        var rows = new SortedDictionary<char, int>();
        for (var slot = 0; slot < CharOfSlot.Length; slot++)
        {
            if (CharOfSlot[slot] != 0) rows.Add(CharOfSlot[slot], RowOfSlot[slot]);
        }

        return rows;
    }

    /// <summary>Every word the tables hold (first character and suffix), in slot order.</summary>
    public List<string> AllWords()
    {
        var words = new List<string>();
        for (var slot = 0; slot < CharOfSlot.Length; slot++)
        {
            if (CharOfSlot[slot] == 0 || Words[RowOfSlot[slot]] is not { } row) continue;
            foreach (var suffix in row) words.Add(CharOfSlot[slot] + new string(suffix ?? []));
        }

        return words;
    }
}
