namespace ArchiveSearch.Analysis.SmartCn;

/// <summary>
/// Word-pair frequencies (<c>bigramdict.mem</c>) keyed by the FNV hash of <c>left@right</c>. The reference
/// compares hashes only, so a hash -> frequency table is exact; it is rebuilt here as a power-of-two
/// open-addressing table with linear probing, which is faster than the original double hashing.
/// </summary>
public sealed class BigramDictionary
{
    private readonly long[] _keys;   // 0 = empty (the reference uses 0 for empty slots too)
    private readonly int[] _values;
    private readonly int _mask;

    private BigramDictionary(long[] keys, int[] values, int count)
    {
        _keys = keys;
        _values = values;
        _mask = keys.Length - 1;
        Count = count;
    }

    /// <summary>Number of word pairs.</summary>
    public int Count { get; }

    /// <summary>Builds the table from the two arrays of <c>bigramdict.mem</c>.</summary>
    public static BigramDictionary FromSerialized(long[] hashes, int[] frequencies)
    {
        if (hashes.Length != frequencies.Length) throw new InvalidDataException("bigram hash and frequency tables differ in length");
        var used = 0;
        foreach (var h in hashes) if (h != 0) used++;
        var capacity = 1;
        while (capacity < used * 2) capacity <<= 1;
        var keys = new long[capacity];
        var values = new int[capacity];
        var mask = capacity - 1;
        var count = 0;
        for (var i = 0; i < hashes.Length; i++)
        {
            var h = hashes[i];
            if (h == 0) continue;
            var slot = Slot(h, mask);
            while (keys[slot] != 0 && keys[slot] != h) slot = (slot + 1) & mask;
            // A repeated hash would make the reference's answer depend on its probe order; the shipped data has none.
            if (keys[slot] == h) throw new InvalidDataException($"bigram hash {h} occurs twice");
            keys[slot] = h;
            values[slot] = frequencies[i];
            count++;
        }

        return new BigramDictionary(keys, values, count);
    }

    /// <summary>Frequency of the pair whose key hashes to <paramref name="hash"/>; 0 when absent.</summary>
    public int Frequency(ulong hash)
    {
        var key = (long)hash;
        var slot = Slot(key, _mask);
        while (true)
        {
            var k = _keys[slot];
            if (k == key) return k == 0 ? 0 : _values[slot];
            if (k == 0) return 0;
            slot = (slot + 1) & _mask;
        }
    }

    /// <summary>Frequency of the pair <paramref name="left"/>, <paramref name="right"/>.</summary>
    public int Frequency(ReadOnlySpan<char> left, ReadOnlySpan<char> right) =>
        Frequency(Fnv64.Append(Fnv64.Append(Fnv64.Append(Fnv64.Offset, left), '@'), right));

    // FNV's low bits are weak for short keys: spread with a multiplicative mix before masking.
    private static int Slot(long key, int mask) => (int)(((ulong)key * 0x9E3779B97F4A7C15UL) >> 32) & mask;
}
