using System.Runtime.CompilerServices;
using System.Text;

namespace ArchiveSearch.Analysis.SmartCn;

/// <summary>
/// Turns the package's tables into the tables Java Lucene 4.10.4 uses. Both were built from the same GB2312
/// data files, but Lucene.Net decoded them with .NET's "GB2312" codec, which is GBK (code page 936), and Java
/// with its strict GB2312 codec. The two disagree on a few characters, so without these rules ten words and
/// 586 word pairs would differ from Java's (e.g. 朱镕基 is a word here, 朱�基 in Java, which splits the name).
/// </summary>
/// <remarks>
/// Rules, applied to every character at or above U+0080:
/// <list type="number">
/// <item>GB2312 A1A4 decodes to U+30FB in Java, U+00B7 in GBK: U+00B7 becomes U+30FB.</item>
/// <item>GB2312 A1AA decodes to U+2015 in Java, U+2014 in GBK: U+2014 becomes U+2015.</item>
/// <item>A character GB2312 has no code for (GBK's extensions and its user-defined area, e.g. 镕 珮 豊 緒) is
/// U+FFFD in Java, its replacement for an unmappable code.</item>
/// </list>
/// Word pairs are keyed by a hash of their text, so a pair with a changed word gets the hash of its Java text;
/// its text is found by hashing each changed word against every dictionary word, on either side.
/// </remarks>
public static class JavaGb2312Decoding
{
    private const char Replacement = '\uFFFD';
    private static readonly Encoding Gbk = CodePagesEncodingProvider.Instance.GetEncoding(936)
        ?? throw new InvalidOperationException("code page 936 is not available");

    // Answers by character, filled on first use (0 = not yet known): the tables hold about 7,000 distinct characters
    // in some 200,000 places, and asking the encoder costs far more than a lookup.
    private static readonly char[] Known = new char[char.MaxValue + 1];

    /// <summary>The character Java's GB2312 decoder gives for the code that GBK decodes to <paramref name="c"/>.</summary>
    public static char ToJava(char c)
    {
        if (c < 0x80) return c;
        var known = Known[c];
        if (known != 0) return known;
        return Known[c] = c switch
        {
            '\u00B7' => '\u30FB', // rule 1
            '\u2014' => '\u2015', // rule 2
            _ => IsInGb2312(c) ? c : Replacement, // rule 3
        };
    }

    // GB2312 codes are two bytes, each A1..FE (EUC-CN); GBK's extensions use other bytes. Rows AA..AF and F8..FE
    // have that shape too but are GBK's user-defined area, which decodes to the private use area.
    private static bool IsInGb2312(char c)
    {
        if (c is >= '\uE000' and <= '\uF8FF' || char.IsSurrogate(c)) return false;
        Span<byte> bytes = stackalloc byte[4];
        int count;
        try
        {
            count = Gbk.GetBytes([c], bytes);
        }
        catch (ArgumentException)
        {
            return false;
        }

        return count == 2 && bytes[0] is >= 0xA1 and <= 0xF7 && bytes[1] is >= 0xA1 and <= 0xFE;
    }

    /// <summary>
    /// The core tables as Java decodes them: characters mapped by the rules, rows re-sorted where a mapped
    /// character moved a word, and where two rows' characters map to the same character the later row kept (as
    /// Java's index, filled in row order, keeps it). Words that changed are added to <paramref name="changed"/>
    /// as package text and Java text.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static CoreDictionaryTables RestoreCore(CoreDictionaryTables package, IDictionary<string, string> changed)
    {
        var rowOfSlot = (short[])package.RowOfSlot.Clone();
        var charOfSlot = (char[])package.CharOfSlot.Clone();
        var slotOfChar = new Dictionary<char, int>();
        var charOfRow = new Dictionary<int, char>();
        for (var slot = 0; slot < charOfSlot.Length; slot++)
        {
            if (charOfSlot[slot] == 0) continue;
            charOfRow[rowOfSlot[slot]] = charOfSlot[slot];
            var java = charOfSlot[slot] = ToJava(charOfSlot[slot]);
            if (slotOfChar.TryGetValue(java, out var other))
            {
                var (lose, keep) = rowOfSlot[other] < rowOfSlot[slot] ? (other, slot) : (slot, other);
                charOfSlot[lose] = '\0';
                rowOfSlot[lose] = -1;
                slotOfChar[java] = keep;
            }
            else
            {
                slotOfChar[java] = slot;
            }
        }

        var words = new char[]?[]?[package.Words.Length];
        var frequencies = new int[]?[package.Frequencies.Length];
        for (var row = 0; row < words.Length; row++)
        {
            frequencies[row] = package.Frequencies[row];
            if (package.Words[row] is not { } items)
                continue;
            var first = charOfRow.GetValueOrDefault(row);
            var mapped = new char[]?[items.Length];
            var moved = false;
            for (var k = 0; k < items.Length; k++)
            {
                if (items[k] is not { } suffix) continue;
                var java = mapped[k] = ToJava(suffix);
                if (ReferenceEquals(java, suffix) && ToJava(first) == first) continue;
                moved = true;
                if (first != 0) changed[first + new string(suffix)] = ToJava(first) + new string(java);
            }

            if (first != 0 && ToJava(first) != first && items.Any(i => i is null))
                changed[first.ToString()] = ToJava(first).ToString();
            if (moved) (mapped, frequencies[row]) = SortRow(mapped, package.Frequencies[row]!, row);
            words[row] = mapped;
        }

        return new CoreDictionaryTables(rowOfSlot, charOfSlot, words, frequencies);
    }

    // The same array when no character changes, so that the common case allocates nothing.
    private static char[] ToJava(char[] text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (ToJava(text[i]) != text[i]) return Array.ConvertAll(text, ToJava);
        }

        return text;
    }

    // Java sorts each row by character values, a null entry (the character alone) first; a mapping that made two
    // entries equal would need Java's merge, which the shipped data never needs, so it is refused.
    private static (char[]?[], int[]) SortRow(char[]?[] items, int[] frequencies, int row)
    {
        var order = Enumerable.Range(0, items.Length).ToArray();
        Array.Sort(order, (a, b) => (items[a] ?? []).AsSpan().SequenceCompareTo(items[b] ?? []));
        for (var k = 1; k < order.Length; k++)
        {
            if ((items[order[k - 1]] ?? []).AsSpan().SequenceEqual(items[order[k]] ?? []))
                throw new InvalidDataException($"coredict row {row}: two words become one in Java's decoding");
        }

        return (order.Select(k => items[k]).ToArray(), order.Select(k => frequencies[k]).ToArray());
    }

    /// <summary>
    /// The bigram tables with each pair that contains a changed word keyed by the hash of its Java text.
    /// <paramref name="packageWords"/> are all dictionary words in the package's decoding; <paramref name="changed"/>
    /// maps the changed ones to their Java text.
    /// </summary>
    // Runs once, at start-up: optimised at once rather than first run unoptimised.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static BigramDictionaryTables RestoreBigrams(BigramDictionaryTables package, IReadOnlyList<string> packageWords, IReadOnlyDictionary<string, string> changed)
    {
        // Some two million candidate pairs are tried; the bigram table's own lookup answers most absent ones from cache.
        var present = BigramDictionary.FromTables(package);
        var javaHashOf = new Dictionary<long, long>();
        var changedWords = changed.Keys.ToArray();
        void Try(ulong packageHash, string left, string right)
        {
            if (present.Contains(packageHash))
                javaHashOf[(long)packageHash] = (long)PairHash(changed.GetValueOrDefault(left, left), changed.GetValueOrDefault(right, right));
        }

        foreach (var word in changedWords)
        {
            var leftState = Fnv64.Append(Fnv64.Append(Fnv64.Offset, word), '@');
            foreach (var other in packageWords)
                Try(Fnv64.Append(leftState, other), word, other);
        }

        foreach (var other in packageWords)
        {
            if (changed.ContainsKey(other)) continue; // pairs of two changed words were tried above
            var leftState = Fnv64.Append(Fnv64.Append(Fnv64.Offset, other), '@');
            foreach (var word in changedWords)
                Try(Fnv64.Append(leftState, word), other, word);
        }

        if (javaHashOf.Count == 0) return package;
        var hashes = (long[])package.Hashes.Clone();
        for (var i = 0; i < hashes.Length; i++)
        {
            if (hashes[i] != 0 && javaHashOf.TryGetValue(hashes[i], out var java)) hashes[i] = java;
        }

        return new BigramDictionaryTables(hashes, package.Frequencies);
    }

    private static ulong PairHash(string left, string right) =>
        Fnv64.Append(Fnv64.Append(Fnv64.Append(Fnv64.Offset, left), '@'), right);
}
