namespace ArchiveSearch.Analysis.SmartCn;

/// <summary>
/// Word-pair frequencies (<c>bigramdict.mem</c>) keyed by the FNV hash of <c>left@right</c>. The reference
/// compares hashes only, so a hash -> frequency table is exact.
/// </summary>
/// <remarks>
/// Lookups are the segmenter's main cache misses, so the table is kept small (3.7 MB, against 4.8 MB for the
/// reference's parallel arrays): pairs are grouped into 2^18 buckets by the top 18 bits of the hash, and
/// each pair is one 64-bit entry holding the remaining 46 hash bits and the frequency (below 2^18 in the shipped
/// data). Bucket and remainder together are the whole hash, so matches are exact. A 256 KB filter in front (two
/// bits per pair within one 64-bit word, about 7% false positives) answers most absent pairs, the common case,
/// from cache.
/// </remarks>
public sealed class BigramDictionary
{
    private const int BucketBits = 18;
    private const int RemainderShift = BucketBits; // entry = remainder << 18 | frequency
    private const ulong FrequencyMask = (1UL << BucketBits) - 1;
    private const int FilterWordBits = 15; // 2^15 words of 64 bits = 256 KB

    private readonly int[] _bucketStart;  // entries of bucket b: [_bucketStart[b], _bucketStart[b + 1])
    private readonly ulong[] _entries;
    private readonly ulong[] _filter = new ulong[1 << FilterWordBits];

    private BigramDictionary(int[] bucketStart, ulong[] entries)
    {
        _bucketStart = bucketStart;
        _entries = entries;
    }

    /// <summary>Number of word pairs.</summary>
    public int Count => _entries.Length;

    /// <summary>Builds the table from the two tables of <c>bigramdict.mem</c>.</summary>
    public static BigramDictionary FromTables(BigramDictionaryTables tables)
    {
        var (hashes, frequencies) = tables;
        if (hashes.Length != frequencies.Length) throw new InvalidDataException("bigram hash and frequency tables differ in length");
        var bucketStart = new int[(1 << BucketBits) + 1];
        for (var i = 0; i < hashes.Length; i++)
        {
            if (hashes[i] == 0) continue; // empty slot
            if ((uint)frequencies[i] > FrequencyMask) throw new InvalidDataException($"bigram frequency {frequencies[i]} exceeds the table's {BucketBits} bits");
            bucketStart[Bucket((ulong)hashes[i]) + 1]++;
        }

        for (var b = 0; b < 1 << BucketBits; b++) bucketStart[b + 1] += bucketStart[b];
        var entries = new ulong[bucketStart[^1]];
        var fill = bucketStart[..^1];
        var dictionary = new BigramDictionary(bucketStart, entries);
        for (var i = 0; i < hashes.Length; i++)
        {
            var hash = (ulong)hashes[i];
            if (hash == 0) continue;
            entries[fill[Bucket(hash)]++] = (Remainder(hash) << RemainderShift) | (uint)frequencies[i];
            dictionary._filter[FilterWord(hash)] |= FilterMask(hash);
        }

        // A repeated hash would make the reference's answer depend on its probe order; the shipped data has none.
        for (var b = 0; b < 1 << BucketBits; b++)
        {
            for (var i = bucketStart[b]; i < bucketStart[b + 1]; i++)
            {
                for (var j = i + 1; j < bucketStart[b + 1]; j++)
                {
                    if (entries[i] >> RemainderShift == entries[j] >> RemainderShift)
                        throw new InvalidDataException($"bigram hash of bucket {b} occurs twice");
                }
            }
        }

        return dictionary;
    }

    /// <summary>Whether a pair's key hashes to <paramref name="hash"/>.</summary>
    public bool Contains(ulong hash)
    {
        var mask = FilterMask(hash);
        if ((_filter[FilterWord(hash)] & mask) != mask) return false;
        var remainder = Remainder(hash);
        var bucket = Bucket(hash);
        for (int i = _bucketStart[bucket], end = _bucketStart[bucket + 1]; i < end; i++)
        {
            if (_entries[i] >> RemainderShift == remainder) return true;
        }

        return false;
    }

    /// <summary>Frequency of the pair whose key hashes to <paramref name="hash"/>; 0 when absent.</summary>
    public int Frequency(ulong hash)
    {
        var mask = FilterMask(hash);
        if ((_filter[FilterWord(hash)] & mask) != mask) return 0;
        var bucket = Bucket(hash);
        var remainder = Remainder(hash);
        var entries = _entries;
        for (int i = _bucketStart[bucket], end = _bucketStart[bucket + 1]; i < end; i++)
        {
            var entry = entries[i];
            if (entry >> RemainderShift == remainder) return (int)(entry & FrequencyMask);
        }

        return 0;
    }

    /// <summary>
    /// Frequencies of many pairs at once: <c>frequencies[i]</c> receives the frequency of <c>hashes[i]</c>.
    /// </summary>
    /// <remarks>
    /// Same answers as <see cref="Frequency(ulong)"/>, faster: the lookup is done in stages over the whole batch
    /// (filter, then bucket bounds, then bucket entries), so that the loads of one stage are independent of one
    /// another and the processor overlaps their cache misses instead of waiting for each in turn.
    /// <paramref name="pending"/> and <paramref name="bounds"/> are scratch space at least as long as the batch.
    /// </remarks>
    public void Frequencies(ReadOnlySpan<ulong> hashes, Span<int> frequencies, Span<int> pending, Span<long> bounds)
    {
        var filter = _filter;
        var pendingCount = 0;
        for (var i = 0; i < hashes.Length; i++)
        {
            var hash = hashes[i];
            var mask = FilterMask(hash);
            frequencies[i] = 0;
            pending[pendingCount] = i;
            // Branch-free append: absent pairs are common but unpredictable.
            pendingCount += (filter[FilterWord(hash)] & mask) == mask ? 1 : 0;
        }

        var bucketStart = _bucketStart;
        for (var k = 0; k < pendingCount; k++)
        {
            var bucket = Bucket(hashes[pending[k]]);
            bounds[k] = ((long)bucketStart[bucket] << 32) | (uint)bucketStart[bucket + 1];
        }

        var entries = _entries;
        for (var k = 0; k < pendingCount; k++)
        {
            var i = pending[k];
            var remainder = Remainder(hashes[i]);
            for (int e = (int)(bounds[k] >> 32), end = (int)bounds[k]; e < end; e++)
            {
                var entry = entries[e];
                if (entry >> RemainderShift == remainder)
                {
                    frequencies[i] = (int)(entry & FrequencyMask);
                    break;
                }
            }
        }
    }

    /// <summary>Frequency of the pair <paramref name="left"/>, <paramref name="right"/>.</summary>
    public int Frequency(ReadOnlySpan<char> left, ReadOnlySpan<char> right) =>
        Frequency(Fnv64.Append(Fnv64.Append(Fnv64.Append(Fnv64.Offset, left), '@'), right));

    // High bits: FNV's multiplications carry every input byte into them.
    private static int Bucket(ulong hash) => (int)(hash >> (64 - BucketBits));

    private static ulong Remainder(ulong hash) => hash & ((1UL << (64 - BucketBits)) - 1);

    private static int FilterWord(ulong hash) => (int)(hash >> (64 - FilterWordBits));

    // Two bits from hash bits that neither the word index nor each other use.
    private static ulong FilterMask(ulong hash) => (1UL << (int)(hash >> 43 & 63)) | (1UL << (int)(hash >> 7 & 63));
}
