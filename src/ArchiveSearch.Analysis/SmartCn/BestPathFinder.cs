using System.Runtime.CompilerServices;

namespace ArchiveSearch.Analysis.SmartCn;

/// <summary>
/// Finds the cheapest path from the begin to the end candidate of a <see cref="WordGraph"/>. Each candidate links
/// to every candidate at the next occupied position after its end, weighted by a smoothed bigram probability.
/// </summary>
/// <remarks>
/// Candidates are visited in number order and relax their successors. Every predecessor of a candidate has a
/// smaller number, and predecessors are met in the order the reference creates its edges, so keeping the first
/// strictly smaller cost chooses the same path as the reference, ties included.
/// </remarks>
public sealed class BestPathFinder
{
    private const double Smooth = 0.1;
    private const double Tiny = 1.0 / WordGraph.MaxFrequency;

    private readonly BigramDictionary _bigrams;
    private double[] _cost = new double[256];
    private int[] _previous = new int[256];
    private int[] _nextOccupied = new int[128];
    private int[] _path = new int[128];
    // Per-edge scratch for the batched bigram lookup, grown as needed.
    private ulong[] _hashes = new ulong[512];
    private int[] _pairFrequencies = new int[512];
    private int[] _pending = new int[512];
    private long[] _bounds = new long[512];
    // Edge weights depend only on (left frequency, pair frequency), and the same few words recur, so weights are
    // memoized in a direct-mapped cache: a hit skips a logarithm. Misses compute the reference's exact expression.
    private const int WeightCacheBits = 15;
    private const int WeightCacheSize = 1 << WeightCacheBits;
    // Key and weight side by side: a lookup touches one cache line.
    private readonly WeightSlot[] _weights = CreateEmptyWeights();

    private struct WeightSlot
    {
        public long Key;
        public double Weight;
    }

    private static WeightSlot[] CreateEmptyWeights()
    {
        var slots = new WeightSlot[WeightCacheSize];
        for (var i = 0; i < slots.Length; i++) slots[i].Key = -1L; // frequencies are never negative
        return slots;
    }

    public BestPathFinder(BigramDictionary bigrams) => _bigrams = bigrams;

    /// <summary>
    /// Candidate numbers on the best path, begin and end excluded, in text order. The span is valid until the next call.
    /// </summary>
    public ReadOnlySpan<int> Find(WordGraph graph)
    {
        var count = graph.Count;
        var n = graph.SentenceLength;
        if (_cost.Length < count)
        {
            _cost = new double[Math.Max(count, _cost.Length * 2)];
            _previous = new int[_cost.Length];
        }

        if (_nextOccupied.Length < n + 1) _nextOccupied = new int[Math.Max(n + 1, _nextOccupied.Length * 2)];

        // First occupied position at or after p; the end candidate occupies n.
        var nextOccupied = _nextOccupied;
        nextOccupied[n] = n;
        for (var p = n - 1; p >= 0; p--) nextOccupied[p] = graph.FirstAt(p) >= 0 ? p : nextOccupied[p + 1];

        var cost = _cost;
        var previous = _previous;
        cost[0] = 0;
        for (var k = 1; k < count; k++) cost[k] = double.MaxValue;

        var last = count - 1;
        // Edges in relaxation order: every left candidate, then each candidate at the next occupied position after
        // it. Their pair frequencies do not depend on costs, so all are looked up first, in one batch (see
        // BigramDictionary.Frequencies), and the relaxation then runs over memory that is already cached.
        var edges = 0;
        for (var left = 0; left < last; left++) edges += graph.CountAt(nextOccupied[graph[left].End]);
        if (_hashes.Length < edges)
        {
            var size = Math.Max(edges, _hashes.Length * 2);
            _hashes = new ulong[size];
            _pairFrequencies = new int[size];
            _pending = new int[size];
            _bounds = new long[size];
        }

        var hashes = _hashes;
        var e = 0;
        for (var left = 0; left < last; left++)
        {
            ref readonly var l = ref graph[left];
            // FNV is a running hash: the state after "left@" serves every right-hand word.
            var leftState = Fnv64.Append(Fnv64.Append(Fnv64.Offset, graph.Key(l)), '@');
            var at = nextOccupied[l.End];
            var first = graph.FirstAt(at);
            var end = first + graph.CountAt(at);
            for (var right = first; right < end; right++) hashes[e++] = Fnv64.Append(leftState, graph.Key(graph[right]));
        }

        _bigrams.Frequencies(hashes.AsSpan(0, edges), _pairFrequencies, _pending, _bounds);

        var pairFrequencies = _pairFrequencies;
        e = 0;
        for (var left = 0; left < last; left++)
        {
            ref readonly var l = ref graph[left];
            var baseCost = cost[left];
            var leftFrequency = l.Frequency;
            var at = nextOccupied[l.End];
            var first = graph.FirstAt(at);
            var end = first + graph.CountAt(at);
            for (var right = first; right < end; right++)
            {
                var sum = baseCost + Weight(leftFrequency, pairFrequencies[e++]);
                if (sum < cost[right])
                {
                    cost[right] = sum;
                    previous[right] = left;
                }
            }
        }

        var length = 0;
        for (var k = previous[last]; k != 0; k = previous[k]) length++;
        if (_path.Length < length) _path = new int[Math.Max(length, _path.Length * 2)];
        var i = length;
        for (var k = previous[last]; k != 0; k = previous[k]) _path[--i] = k;
        return _path.AsSpan(0, length);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private double Weight(int leftFrequency, int pairFrequency)
    {
        var key = ((long)leftFrequency << 32) | (uint)pairFrequency;
        var slot = (int)(((ulong)key * 0x9E3779B97F4A7C15UL) >> (64 - WeightCacheBits));
        ref var cached = ref _weights[slot];
        return cached.Key == key ? cached.Weight : ComputeWeight(key, slot);
    }

    // The cache miss, out of line so that the hit path inlines into the relaxation loop.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private double ComputeWeight(long key, int slot)
    {
        double fL = (int)(key >> 32);
        var pairFrequency = (int)key;
        // Operands in the reference's order, so the doubles come out bit-identical.
        var weight = -Math.Log(Smooth * (1.0 + fL) / (WordGraph.MaxFrequency + 0.0)
                               + (1.0 - Smooth) * ((1.0 - Tiny) * pairFrequency / (1.0 + fL) + Tiny));
        _weights[slot].Key = key;
        _weights[slot].Weight = weight;
        return weight;
    }
}
