namespace ArchiveSearch.Analysis.SmartCn;

/// <summary>
/// The core word dictionary (<c>coredict.mem</c>) in flat arrays: one row per first character, each row a
/// sorted run of suffixes (the word without its first character) stored in one shared char buffer.
/// <see cref="Frequency(ReadOnlySpan{char})"/> and <see cref="PrefixMatch"/> mirror the reference's binary searches;
/// the segmenter walks an equivalent trie instead, which is exact because every row is strictly sorted (checked
/// when the dictionary is built).
/// </summary>
public sealed class WordDictionary
{
    private readonly int[] _rowOfChar;   // 65,536 entries, -1 = the character starts no word
    private readonly int[] _rowStart;    // item range of a row: [_rowStart[r], _rowStart[r + 1])
    private readonly int[] _suffixStart; // per item, into _chars
    private readonly int[] _suffixLength;
    private readonly int[] _frequency;
    private readonly char[] _chars;

    // The same words as a trie, for the segmenter's left-to-right extension: one child lookup per character
    // instead of a binary search over the row. Node fields sit together and a child is one 64-bit entry (char << 32 | node), so that each step of the
    // extension touches as few cache lines as possible.
    private readonly int[] _rootOfChar;     // trie node of a first character, -1 if it starts no word
    private TrieNode[] _nodes = [];
    private ulong[] _children = [];
    // Second-level nodes by (first, second) character: first-level nodes have hundreds of children spread over
    // many cache lines, so one hashed probe replaces the costliest binary search. Entries: key << 32 | node.
    private ulong[] _secondLevel = [];
    private int _secondLevelShift;

    private struct TrieNode
    {
        public int ChildStart;
        public int ChildEnd;
        public int Frequency; // -1 when the path to the node is a prefix only
    }

    private WordDictionary(int[] rowOfChar, int[] rowStart, int[] suffixStart, int[] suffixLength, int[] frequency, char[] chars)
    {
        _rowOfChar = rowOfChar;
        _rowStart = rowStart;
        _suffixStart = suffixStart;
        _suffixLength = suffixLength;
        _frequency = frequency;
        _chars = chars;
        // Rows must be strictly ascending, as shipped: the reference's binary searches assume it, and so does the
        // trie's equivalence with them (the first entry with a prefix is then the word itself when it exists).
        if (!CheckStrictlySorted()) throw new InvalidDataException("coredict rows are not strictly sorted");
        _rootOfChar = BuildTrie();
    }

    /// <summary>Trie node of the one-character prefix <paramref name="c"/>, or -1 when no word starts with it.</summary>
    public int TrieRoot(char c) => _rootOfChar[c];

    /// <summary>Trie node of the prefix extended by <paramref name="c"/>, or -1 when no word starts with it.</summary>
    public int TrieChild(int node, char c)
    {
        ref readonly var n = ref _nodes[node];
        int low = n.ChildStart, count = n.ChildEnd - low;
        if (count == 0) return -1;
        var children = _children;
        // Branch-free lower bound: a branchy binary search mispredicts at almost every step.
        while (count > 1)
        {
            var half = count >> 1;
            low = (char)(children[low + half] >> 32) <= c ? low + half : low;
            count -= half;
        }

        var entry = children[low];
        return (char)(entry >> 32) == c ? (int)(uint)entry : -1;
    }

    /// <summary>Trie node of the two-character prefix <paramref name="first"/><paramref name="second"/>, or -1.</summary>
    public int TrieSecond(char first, char second)
    {
        var key = ((uint)first << 16) | second;
        var table = _secondLevel;
        var mask = table.Length - 1;
        for (var slot = SecondLevelSlot(key); ; slot = (slot + 1) & mask)
        {
            var entry = table[slot];
            if (entry == 0) return -1;
            if ((uint)(entry >> 32) == key) return (int)(uint)entry;
        }
    }

    private int SecondLevelSlot(uint key) => (int)((key * 0x9E3779B97F4A7C15UL) >> _secondLevelShift);

    private void BuildSecondLevel(int[] roots)
    {
        var count = 0;
        foreach (var root in roots)
            if (root >= 0) count += _nodes[root].ChildEnd - _nodes[root].ChildStart;
        var bits = 1;
        while (1 << bits < count * 2) bits++;
        _secondLevel = new ulong[1 << bits];
        _secondLevelShift = 64 - bits;
        var mask = _secondLevel.Length - 1;
        for (var c = 0; c < roots.Length; c++)
        {
            var root = roots[c];
            if (root < 0) continue;
            for (var i = _nodes[root].ChildStart; i < _nodes[root].ChildEnd; i++)
            {
                var child = _children[i];
                var key = ((uint)c << 16) | (uint)(child >> 32); // never 0: the first character is never U+0000
                var slot = SecondLevelSlot(key);
                while (_secondLevel[slot] != 0) slot = (slot + 1) & mask;
                _secondLevel[slot] = ((ulong)key << 32) | (uint)child;
            }
        }
    }

    /// <summary>Frequency of the word a trie node spells, or -1 when it is only a prefix of words.</summary>
    public int TrieFrequency(int node) => _nodes[node].Frequency;

    private int[] BuildTrie()
    {
        var roots = new int[char.MaxValue + 1];
        Array.Fill(roots, -1);
        // Insertion in sorted order only ever extends the most recent child of a node, so first-child/next-sibling
        // links with a last-child pointer suffice; they are flattened into sorted child arrays afterwards.
        var label = new List<char>();
        var frequency = new List<int>();
        var lastChild = new List<int>();
        var nextSibling = new List<int>();
        var firstChild = new List<int>();
        int NewNode(char c)
        {
            label.Add(c);
            frequency.Add(-1);
            lastChild.Add(-1);
            firstChild.Add(-1);
            nextSibling.Add(-1);
            return label.Count - 1;
        }

        for (var c = 0; c <= char.MaxValue; c++)
        {
            var row = _rowOfChar[c];
            if (row < 0 || _rowStart[row] == _rowStart[row + 1]) continue;
            var root = roots[c] = NewNode((char)c);
            for (var item = _rowStart[row]; item < _rowStart[row + 1]; item++)
            {
                var node = root;
                foreach (var ch in Suffix(item))
                {
                    var last = lastChild[node];
                    if (last >= 0 && label[last] == ch)
                    {
                        node = last;
                        continue;
                    }

                    var child = NewNode(ch);
                    if (last >= 0) nextSibling[last] = child;
                    else firstChild[node] = child;
                    lastChild[node] = child;
                    node = child;
                }

                frequency[node] = _frequency[item];
            }
        }

        var count = label.Count;
        _nodes = new TrieNode[count];
        _children = new ulong[count];
        var at = 0;
        for (var node = 0; node < count; node++)
        {
            _nodes[node].ChildStart = at;
            _nodes[node].Frequency = frequency[node];
            for (var child = firstChild[node]; child >= 0; child = nextSibling[child])
                _children[at++] = ((ulong)label[child] << 32) | (uint)child;
            _nodes[node].ChildEnd = at;
        }

        BuildSecondLevel(roots);
        return roots;
    }

    /// <summary>The frequency of <paramref name="c"/> as a one-character word, 0 if it is none.</summary>
    public int Frequency(char c)
    {
        // The root spells the character alone; it is a word when its row holds the empty suffix.
        var root = _rootOfChar[c];
        return root < 0 ? 0 : Math.Max(0, _nodes[root].Frequency);
    }

    private bool CheckStrictlySorted()
    {
        for (var r = 0; r + 1 < _rowStart.Length; r++)
        {
            for (var item = _rowStart[r] + 1; item < _rowStart[r + 1]; item++)
            {
                if (Suffix(item - 1).SequenceCompareTo(Suffix(item)) >= 0) return false;
            }
        }

        return true;
    }

    /// <summary>Number of characters that start at least one word (have a row).</summary>
    public int CharacterCount { get; private init; }

    /// <summary>Number of dictionary entries over all rows.</summary>
    public int WordCount => _frequency.Length;

    /// <summary>Builds the dictionary from the four tables of <c>coredict.mem</c>.</summary>
    public static WordDictionary FromTables(CoreDictionaryTables tables)
    {
        var (rowOfSlot, charOfSlot, words, frequencies) = tables;
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
            if (cmp == 0) return FirstWithPrefix(rest, baseItem, mid);

            if (cmp < 0) end = mid - 1;
            else start = mid + 1;
        }

        return -1;
    }

    // The first entry of the block of entries that start with rest and contain index `match`. The reference walks
    // back one entry at a time; on sorted rows a binary search finds the same entry.
    private int FirstWithPrefix(ReadOnlySpan<char> rest, int baseItem, int match)
    {
        int low = 0, high = match;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (ComparePrefix(rest, baseItem + mid) > 0) low = mid + 1;
            else high = mid;
        }

        return low;
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
