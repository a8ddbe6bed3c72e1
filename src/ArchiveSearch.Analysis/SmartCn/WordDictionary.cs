namespace ArchiveSearch.Analysis.SmartCn;

/// <summary>
/// The core word dictionary (<c>coredict.mem</c>) in flat arrays: one row per first character, each row a
/// sorted run of suffixes (the word without its first character) stored in one shared char buffer.
/// Lookups reproduce the reference's binary searches exactly, including where a search starts, so that
/// prefix matching and frequencies agree with it even on any irregularity in the data.
/// </summary>
public sealed class WordDictionary
{
    private readonly int[] _rowOfChar;   // 65,536 entries, -1 = the character starts no word
    private readonly int[] _rowStart;    // item range of a row: [_rowStart[r], _rowStart[r + 1])
    private readonly int[] _suffixStart; // per item, into _chars
    private readonly int[] _suffixLength;
    private readonly int[] _frequency;
    private readonly char[] _chars;

    private WordDictionary(int[] rowOfChar, int[] rowStart, int[] suffixStart, int[] suffixLength, int[] frequency, char[] chars)
    {
        _rowOfChar = rowOfChar;
        _rowStart = rowStart;
        _suffixStart = suffixStart;
        _suffixLength = suffixLength;
        _frequency = frequency;
        _chars = chars;
    }

    /// <summary>Number of characters that start at least one word (have a row).</summary>
    public int CharacterCount { get; private init; }

    /// <summary>Number of dictionary entries over all rows.</summary>
    public int WordCount => _frequency.Length;

    /// <summary>Builds the dictionary from the four objects of <c>coredict.mem</c>.</summary>
    public static WordDictionary FromSerialized(short[] rowOfSlot, char[] charOfSlot, char[][]?[] words, int[]?[] frequencies)
    {
        if (rowOfSlot.Length != charOfSlot.Length) throw new InvalidDataException("coredict slot tables differ in length");
        if (words.Length != frequencies.Length) throw new InvalidDataException("coredict word and frequency tables differ in length");

        // The slot tables are an open-addressing hash char -> row; a direct 64K table replaces the probing.
        var rowOfChar = new int[char.MaxValue + 1];
        Array.Fill(rowOfChar, -1);
        var characters = 0;
        for (var slot = 0; slot < charOfSlot.Length; slot++)
        {
            var c = charOfSlot[slot];
            if (c == 0) continue;
            var row = rowOfSlot[slot];
            if (row < 0 || row >= words.Length) throw new InvalidDataException($"coredict slot {slot} points at row {row}");
            rowOfChar[c] = row;
            characters++;
        }

        var rowStart = new int[words.Length + 1];
        long totalChars = 0;
        for (var r = 0; r < words.Length; r++)
        {
            var items = words[r];
            var count = items?.Length ?? 0;
            if ((frequencies[r]?.Length ?? 0) != count) throw new InvalidDataException($"coredict row {r}: word and frequency counts differ");
            rowStart[r + 1] = rowStart[r] + count;
            if (items is null) continue;
            foreach (var w in items) totalChars += w?.Length ?? 0;
        }

        var itemCount = rowStart[words.Length];
        var suffixStart = new int[itemCount];
        var suffixLength = new int[itemCount];
        var frequency = new int[itemCount];
        var chars = new char[totalChars];
        var at = 0;
        for (var r = 0; r < words.Length; r++)
        {
            var items = words[r];
            if (items is null) continue;
            var freqs = frequencies[r]!;
            for (var k = 0; k < items.Length; k++)
            {
                var item = rowStart[r] + k;
                // A null entry ("the character alone") behaves exactly like an empty suffix in every comparison.
                var w = items[k] ?? [];
                suffixStart[item] = at;
                suffixLength[item] = w.Length;
                frequency[item] = freqs[k];
                w.CopyTo(chars, at);
                at += w.Length;
            }
        }

        return new WordDictionary(rowOfChar, rowStart, suffixStart, suffixLength, frequency, chars) { CharacterCount = characters };
    }

    /// <summary>The row of words starting with <paramref name="c"/>, or -1.</summary>
    public int RowOf(char c) => _rowOfChar[c];

    /// <summary>The frequency of <paramref name="word"/>, 0 when it is not in the dictionary.</summary>
    public int Frequency(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty) return 0;
        var row = _rowOfChar[word[0]];
        if (row < 0) return 0;
        var rest = word[1..];
        var baseItem = _rowStart[row];
        int start = 0, end = _rowStart[row + 1] - baseItem - 1;
        while (start <= end)
        {
            var mid = (start + end) / 2;
            var cmp = Suffix(baseItem + mid).SequenceCompareTo(rest);
            if (cmp == 0) return _frequency[baseItem + mid];
            if (cmp < 0) start = mid + 1;
            else end = mid - 1;
        }

        return 0;
    }

    /// <summary>
    /// Index (within <paramref name="row"/>) of the first suffix that has <c>word[1..]</c> as a prefix, or -1.
    /// The search starts at <paramref name="knownStart"/>, a match found for a shorter prefix of the same word.
    /// </summary>
    public int PrefixMatch(int row, ReadOnlySpan<char> word, int knownStart)
    {
        var rest = word[1..];
        var baseItem = _rowStart[row];
        int start = knownStart, end = _rowStart[row + 1] - baseItem - 1;
        while (start <= end)
        {
            var mid = (start + end) / 2;
            var cmp = ComparePrefix(rest, baseItem + mid);
            if (cmp == 0)
            {
                while (mid >= 0 && ComparePrefix(rest, baseItem + mid) == 0) mid--;
                return mid + 1;
            }

            if (cmp < 0) end = mid - 1;
            else start = mid + 1;
        }

        return -1;
    }

    /// <summary>Whether entry <paramref name="index"/> of <paramref name="row"/> is exactly <c>word[1..]</c>.</summary>
    public bool IsEntry(int row, int index, ReadOnlySpan<char> word) =>
        Suffix(_rowStart[row] + index).SequenceEqual(word[1..]);

    private ReadOnlySpan<char> Suffix(int item) => _chars.AsSpan(_suffixStart[item], _suffixLength[item]);

    // 0 when rest is a prefix of the suffix; otherwise the order of rest relative to the suffix.
    private int ComparePrefix(ReadOnlySpan<char> rest, int item)
    {
        var suffix = Suffix(item);
        if (suffix.StartsWith(rest)) return 0;
        return rest.SequenceCompareTo(suffix) > 0 ? 1 : -1;
    }
}
