namespace ArchiveSearch.Index.Trends;

/// <summary>How many dated items fall on each day, as sorted day numbers (yyyyMMdd) with running sums, so the items of any range of days are two binary searches.</summary>
public sealed class DayCounts
{
    public static readonly DayCounts Empty = new(new SortedDictionary<int, int>());

    private readonly int[] days;

    // running[i] is the number of items on days[0 .. i - 1].
    private readonly long[] running;

    public DayCounts(SortedDictionary<int, int> perDay)
    {
        days = [.. perDay.Keys];
        running = new long[days.Length + 1];
        var i = 0;
        foreach (var count in perDay.Values)
        {
            running[i + 1] = running[i] + count;
            i++;
        }
    }

    public bool IsEmpty => days.Length == 0;

    /// <summary>The first day holding an item (yyyyMMdd); only when not <see cref="IsEmpty"/>.</summary>
    public int FirstDay => days[0];

    public int LastDay => days[^1];

    /// <summary>Items from <paramref name="fromDay"/> to <paramref name="toDay"/>, both included.</summary>
    public int Between(int fromDay, int toDay) => (int)(running[Upper(toDay)] - running[Lower(fromDay)]);

    /// <summary>Index of the first day at or after <paramref name="day"/>.</summary>
    private int Lower(int day)
    {
        var at = Array.BinarySearch(days, day);
        return at >= 0 ? at : ~at;
    }

    /// <summary>Index after the last day at or before <paramref name="day"/>.</summary>
    private int Upper(int day)
    {
        var at = Array.BinarySearch(days, day);
        return at >= 0 ? at + 1 : ~at;
    }
}
