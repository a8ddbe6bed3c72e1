using ArchiveSearch.Index.Schema;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace ArchiveSearch.Index.Search;

/// <summary>
/// The best <c>window</c> hits in <see cref="HitOrder"/>, after a cursor when one is given, with every hit counted.
/// It keeps the same order as Lucene's sorting collector over <see cref="HitOrder.For"/>, but compares hits by
/// numbers read from per-segment arrays (score or day, the paper's rank among the searcher's papers, page number,
/// place on the page, <see cref="IdSortKeys"/>); strings are compared only between ids that share their first
/// 8 bytes in different segments. A hit that cannot enter the window costs one or two comparisons of numbers,
/// so a deep page (hit 9,901 of a broad query) costs about what the first page does, where comparing ids as
/// strings among tied scores cost about ten microseconds per hit in the window.
/// </summary>
public sealed class HitWindowCollector : ICollector
{
    private readonly SearchSort sort;
    private readonly int window;
    private readonly Entry[] heap;
    private readonly Leaf[] leaves;
    private readonly Entry? after;
    private readonly BytesRef afterId;
    private readonly BytesRef left = new(), right = new();
    private int size;
    private Leaf leaf = null!;
    private Scorer? scorer;

    public HitWindowCollector(IndexSearcher searcher, SearchSort sort, int window, FieldDoc? after)
    {
        this.sort = sort;
        this.window = window;
        heap = new Entry[Math.Max(1, window)];
        var papers = PaperRanks.Of(searcher.IndexReader.Leaves);
        leaves = [.. searcher.IndexReader.Leaves.Select(context => new Leaf(context, sort, papers.OfLeaf[context.Ord]))];
        afterId = new BytesRef();
        if (after is not null)
            this.after = AfterEntry(after, papers);
    }

    public int TotalHits { get; private set; }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) => this.scorer = scorer;

    public void SetNextReader(AtomicReaderContext context) => leaf = leaves[context.Ord];

    public void Collect(int doc)
    {
        TotalHits++;
        var entry = new Entry { Leaf = leaf.Index, Doc = doc };
        float score = float.NaN;
        if (sort == SearchSort.Relevance)
        {
            score = scorer!.GetScore();
            entry.Primary = -SortableScore(score);
        }
        else
        {
            entry.Primary = leaf.DayKey(doc);
        }

        // Most hits of a broad query lose on the first number: leave the rest unread.
        if (size == window && entry.Primary > heap[0].Primary)
            return;
        entry.Score = score;
        if (sort != SearchSort.Relevance)
        {
            entry.Paper = leaf.PaperRank(doc);
            entry.Page = leaf.PageNumbers!.Get(doc);
            entry.Ordinal = leaf.Ordinals!.Get(doc);
        }

        entry.Id = leaf.IdKeys.Keys[doc];
        if (after is { } cursor && Compare(entry, cursor) <= 0)
            return;
        if (size < window)
        {
            heap[size] = entry;
            SiftUp(size++);
        }
        else if (Compare(entry, heap[0]) < 0)
        {
            heap[0] = entry;
            SiftDown(0);
        }
    }

    /// <summary>
    /// The window in order, as <see cref="FieldDoc"/>s with global doc ids; the sort values (for a cursor) are filled from
    /// <paramref name="fillFrom"/> on, the hits a page shows.
    /// </summary>
    public TopDocs TopDocs(int fillFrom)
    {
        var ordered = heap.AsSpan(0, size).ToArray();
        Array.Sort(ordered, Compare);
        var docs = new ScoreDoc[ordered.Length];
        for (var i = 0; i < ordered.Length; i++)
        {
            var entry = ordered[i];
            var context = leaves[entry.Leaf];
            docs[i] = new FieldDoc(context.DocBase + entry.Doc, entry.Score, i >= fillFrom ? context.SortValues(entry.Doc, entry.Score) : null);
        }

        return new TopDocs(TotalHits, docs, float.NaN);
    }

    private static long SortableScore(float score)
    {
        var bits = BitConverter.SingleToInt32Bits(score);
        return bits ^ ((bits >> 31) & 0x7fffffff);
    }

    /// <summary>Negative when <paramref name="a"/> comes first.</summary>
    private int Compare(Entry a, Entry b)
    {
        var c = a.Primary.CompareTo(b.Primary);
        if (c != 0)
            return c;
        if ((c = a.Paper.CompareTo(b.Paper)) != 0 || (c = a.Page.CompareTo(b.Page)) != 0 || (c = a.Ordinal.CompareTo(b.Ordinal)) != 0 || (c = a.Id.CompareTo(b.Id)) != 0)
            return c;
        if ((c = CompareIds(a, b)) != 0)
            return c;
        return GlobalDoc(a).CompareTo(GlobalDoc(b));
    }

    private long GlobalDoc(Entry e) => e.Leaf < 0 ? int.MaxValue : (long)leaves[e.Leaf].DocBase + e.Doc;

    /// <summary>Ids whose first 8 bytes are the same: by ordinal within a segment, else by their bytes; a missing id first.</summary>
    private int CompareIds(Entry a, Entry b)
    {
        if (a.Leaf >= 0 && a.Leaf == b.Leaf)
        {
            var ids = leaves[a.Leaf].Ids;
            return ids.GetOrd(a.Doc).CompareTo(ids.GetOrd(b.Doc));
        }

        var hasLeft = IdOf(a, left);
        var hasRight = IdOf(b, right);
        if (!hasLeft || !hasRight)
            return hasLeft == hasRight ? 0 : hasLeft ? 1 : -1;
        return left.CompareTo(right);
    }

    private bool IdOf(Entry e, BytesRef into)
    {
        if (e.Leaf < 0)
        {
            into.Bytes = afterId.Bytes;
            into.Offset = afterId.Offset;
            into.Length = afterId.Length;
            return afterId.Length > 0 || e.Id != 0;
        }

        var ids = leaves[e.Leaf].Ids;
        var ord = ids.GetOrd(e.Doc);
        if (ord < 0)
            return false;
        ids.LookupOrd(ord, into);
        return true;
    }

    /// <summary>A cursor's sort values as an entry that sorts where its hit did (leaf -1: compared by its values).</summary>
    private Entry AfterEntry(FieldDoc cursor, PaperRanks papers)
    {
        var values = cursor.Fields;
        var entry = new Entry { Leaf = -1, Doc = int.MaxValue };
        if (sort == SearchSort.Relevance)
        {
            entry.Primary = -SortableScore(Single(values[0]));
        }
        else
        {
            var day = Int64(values[0]);
            var missing = sort == SearchSort.DateDescending ? long.MinValue : long.MaxValue;
            entry.Primary = day == missing ? long.MaxValue : sort == SearchSort.DateDescending ? -day : day;
            entry.Paper = papers.RankOf(values[1] as BytesRef);
            entry.Page = Int64(values[2]);
            entry.Ordinal = Int64(values[3]);
        }

        if (values[^1] is BytesRef id)
        {
            afterId.CopyBytes(id);
            entry.Id = IdSortKeys.KeyOf(id);
        }

        return entry;
    }

    private static float Single(object? value) => value switch
    {
        J2N.Numerics.Single f => f.ToSingle(),
        float f => f,
        _ => float.NaN,
    };

    private static long Int64(object? value) => value switch
    {
        J2N.Numerics.Int64 l => l.ToInt64(),
        long l => l,
        _ => 0,
    };

    private void SiftUp(int i)
    {
        var entry = heap[i];
        while (i > 0)
        {
            var parent = (i - 1) / 2;
            if (Compare(heap[parent], entry) >= 0)
                break;
            heap[i] = heap[parent];
            i = parent;
        }

        heap[i] = entry;
    }

    private void SiftDown(int i)
    {
        var entry = heap[i];
        while (true)
        {
            var child = 2 * i + 1;
            if (child >= size)
                break;
            if (child + 1 < size && Compare(heap[child + 1], heap[child]) > 0)
                child++;
            if (Compare(heap[child], entry) <= 0)
                break;
            heap[i] = heap[child];
            i = child;
        }

        heap[i] = entry;
    }

    /// <summary>A hit as the numbers it sorts by: the worst of the window sits at the top of the heap.</summary>
    private struct Entry
    {
        public long Primary;
        public long Paper;
        public long Page;
        public long Ordinal;
        public ulong Id;
        public int Leaf;
        public int Doc;
        public float Score;
    }

    /// <summary>One segment's arrays, read once per search.</summary>
    private sealed class Leaf
    {
        private readonly SearchSort sort;
        private readonly int[] days;
        private readonly int[] papers;
        private readonly int[] paperRanks;
        private readonly SortedDocValues? paperNames;

        public Leaf(AtomicReaderContext context, SearchSort sort, int[] paperRanks)
        {
            this.sort = sort;
            this.paperRanks = paperRanks;
            Index = context.Ord;
            DocBase = context.DocBase;
            Reader = context.AtomicReader;
            IdKeys = IdSortKeys.For(Reader);
            Ids = IdSortKeys.Ids(Reader);
            var values = SegmentValues.For(Reader);
            paperNames = sort == SearchSort.Relevance ? null : Reader.GetSortedDocValues(ArticleFields.Paper);
            days = values.Days;
            papers = values.Papers;
            if (sort != SearchSort.Relevance)
            {
                PageNumbers = FieldCache.DEFAULT.GetInt64s(Reader, PageOrder.PageNumber, false);
                Ordinals = FieldCache.DEFAULT.GetInt64s(Reader, PageOrder.OrdinalNumber, false);
            }
        }

        public int Index { get; }

        public int DocBase { get; }

        public AtomicReader Reader { get; }

        public IdSortKeys IdKeys { get; }

        /// <summary>This search's own view of the segment's ids (doc values are not shared between threads).</summary>
        public SortedDocValues Ids { get; }

        public FieldCache.Int64s? PageNumbers { get; }

        public FieldCache.Int64s? Ordinals { get; }

        /// <summary>The day, oldest or newest first as the sort asks; undated last either way.</summary>
        public long DayKey(int doc)
        {
            var day = days[doc];
            if (day == 0)
                return long.MaxValue;
            return sort == SearchSort.DateDescending ? -day : day;
        }

        public long PaperRank(int doc) => papers[doc] < 0 ? PaperRanks.Missing : paperRanks[papers[doc]];

        /// <summary>The values Lucene's sorting collector would give the hit, for its cursor.</summary>
        public object?[] SortValues(int doc, float score)
        {
            var ids = Ids;
            var ord = ids.GetOrd(doc);
            BytesRef? id = null;
            if (ord >= 0)
            {
                id = new BytesRef();
                ids.LookupOrd(ord, id);
                id = BytesRef.DeepCopyOf(id);
            }

            if (sort == SearchSort.Relevance)
                return [J2N.Numerics.Single.GetInstance(score), id];

            var day = days[doc] != 0 ? days[doc] : sort == SearchSort.DateDescending ? long.MinValue : long.MaxValue;
            BytesRef? paper = null;
            if (papers[doc] >= 0)
            {
                paper = new BytesRef();
                paperNames!.LookupOrd(papers[doc], paper);
                paper = BytesRef.DeepCopyOf(paper);
            }

            return [J2N.Numerics.Int64.GetInstance(day), paper, J2N.Numerics.Int64.GetInstance(PageNumbers!.Get(doc)), J2N.Numerics.Int64.GetInstance(Ordinals!.Get(doc)), id];
        }
    }
}
