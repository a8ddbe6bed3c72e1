using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace ArchiveSearch.Analysis.SmartCn;

/// <summary>
/// Word-pair frequencies (<c>bigramdict.mem</c>) keyed by the FNV hash of <c>left@right</c>. The reference
/// compares hashes only, so a hash -> frequency table is exact; it is rebuilt here as a power-of-two
/// open-addressing table with linear probing, which is faster than the original double hashing.
/// </summary>
public sealed class BigramDictionary
{
    // Key and value side by side: a lookup touches one cache line. Key 0 = empty, as in the reference.
    private readonly Slot[] _slots;
    private readonly int _mask;
    // Most pairs looked up are absent. A 512 KB bit filter (one bit per hash, about 8% false positives) stays in
    // cache and answers most of those without touching the big table.
    private readonly ulong[] _filter = new ulong[FilterBits / 64];
    private const int FilterBits = 1 << 22;

    private struct Slot
    {
        public long Key;
        public int Value;
    }

    private BigramDictionary(Slot[] slots, int count)
    {
        _slots = slots;
        _mask = slots.Length - 1;
        Count = count;
        foreach (var slot in slots)
        {
            if (slot.Key == 0) continue;
            var bit = FilterBit(slot.Key);
            _filter[bit >> 6] |= 1UL << bit;
        }
    }

    private static int FilterBit(long key) => (int)((ulong)key >> (64 - 22));

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
        var slots = new Slot[capacity];
        var mask = capacity - 1;
        var count = 0;
        for (var i = 0; i < hashes.Length; i++)
        {
            var h = hashes[i];
            if (h == 0) continue;
            var slot = SlotOf(h, mask);
            while (slots[slot].Key != 0 && slots[slot].Key != h) slot = (slot + 1) & mask;
            // A repeated hash would make the reference's answer depend on its probe order; the shipped data has none.
            if (slots[slot].Key == h) throw new InvalidDataException($"bigram hash {h} occurs twice");
            slots[slot].Key = h;
            slots[slot].Value = frequencies[i];
            count++;
        }

        return new BigramDictionary(slots, count);
    }

    /// <summary>
    /// Starts loading the table slot for <paramref name="hash"/> into cache. The segmenter prefetches all pairs of a
    /// sentence before looking them up, so that the cache misses of a 16 MB table overlap instead of queueing.
    /// </summary>
    public unsafe void Prefetch(ulong hash)
    {
        var key = (long)hash;
        var bit = FilterBit(key);
        if ((_filter[bit >> 6] & (1UL << bit)) == 0) return;
        if (Sse.IsSupported)
            Sse.Prefetch0(Unsafe.AsPointer(ref _slots[SlotOf(key, _mask)]));
    }

    /// <summary>Frequency of the pair whose key hashes to <paramref name="hash"/>; 0 when absent.</summary>
    public int Frequency(ulong hash)
    {
        var key = (long)hash;
        var bit = FilterBit(key);
        if ((_filter[bit >> 6] & (1UL << bit)) == 0) return 0;
        var slots = _slots;
        var slot = SlotOf(key, _mask);
        while (true)
        {
            ref readonly var s = ref slots[slot];
            if (s.Key == key) return key == 0 ? 0 : s.Value;
            if (s.Key == 0) return 0;
            slot = (slot + 1) & _mask;
        }
    }

    /// <summary>Frequency of the pair <paramref name="left"/>, <paramref name="right"/>.</summary>
    public int Frequency(ReadOnlySpan<char> left, ReadOnlySpan<char> right) =>
        Frequency(Fnv64.Append(Fnv64.Append(Fnv64.Append(Fnv64.Offset, left), '@'), right));

    // FNV's low bits are weak for short keys: spread with a multiplicative mix before masking.
    private static int SlotOf(long key, int mask) => (int)(((ulong)key * 0x9E3779B97F4A7C15UL) >> 32) & mask;
}
