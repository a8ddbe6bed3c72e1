using ArchiveSearch.Index.Search;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ArchiveSearch.Index.Trends;

/// <summary>Counts every hit of one query into the slot of its day, read from the segment's day array: one array increment per hit, nothing scored.</summary>
public sealed class TrendCollector(TrendCalendar calendar) : ICollector
{
    private int[] days = [];

    /// <summary>Hits per slot of the calendar.</summary>
    public int[] Slots { get; } = new int[calendar.Slots];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context) => days = SegmentValues.For(context.AtomicReader).Days;

    public void Collect(int doc)
    {
        // An undated hit (0) falls outside every slot; the date filter keeps others in range.
        var day = days[doc];
        if (day == 0)
            return;
        var slot = calendar.SlotOf(day);
        if ((uint)slot < (uint)Slots.Length)
            Slots[slot]++;
    }
}
