namespace ArchiveSearch.Analysis.SmartCn;

/// <summary>How the segmenter treats one UTF-16 unit.</summary>
public enum CharClass : byte
{
    Other,
    Hanzi,
    Letter,
    Digit,
    Space,
    Delimiter,
    FullWidthLetter,
    FullWidthDigit,
}

/// <summary>Classifies UTF-16 units with one table lookup; ranges as in the reference, first match wins.</summary>
public static class CharClassifier
{
    private static readonly CharClass[] Table = Build();

    public static CharClass Classify(char c) => Table[c];

    private static CharClass[] Build()
    {
        var t = new CharClass[char.MaxValue + 1]; // Other by default, surrogates included
        // Fill in reverse order of precedence so that earlier rules overwrite later ones.
        Fill(t, 0xFE30, 0xFF63, CharClass.Delimiter);
        Fill(t, 0xFF10, 0xFF19, CharClass.FullWidthDigit);
        Fill(t, 0xFF21, 0xFF3A, CharClass.FullWidthLetter);
        Fill(t, 0xFF41, 0xFF5A, CharClass.FullWidthLetter);
        Fill(t, 0x0021, 0x00BB, CharClass.Delimiter);
        Fill(t, 0x2010, 0x2642, CharClass.Delimiter);
        Fill(t, 0x3001, 0x301E, CharClass.Delimiter);
        foreach (var c in " \t\r\n\u3000") t[c] = CharClass.Space;
        Fill(t, '0', '9', CharClass.Digit);
        Fill(t, 'A', 'Z', CharClass.Letter);
        Fill(t, 'a', 'z', CharClass.Letter);
        Fill(t, 0x4E00, 0x9FA5, CharClass.Hanzi);
        return t;
    }

    private static void Fill(CharClass[] table, int first, int last, CharClass value) =>
        table.AsSpan(first, last - first + 1).Fill(value);
}
