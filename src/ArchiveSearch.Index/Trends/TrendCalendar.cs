using System.Globalization;

namespace ArchiveSearch.Index.Trends;

/// <summary>
/// The points of a trend between two days, and the slots its hits are counted in: one slot per possible day of each
/// month of the range (32 a month, so a slot is a few integer operations from a day number, with no calendar
/// arithmetic per hit). Slots run in date order, so the hits of any point are a run of slots.
/// </summary>
public sealed class TrendCalendar
{
    private const int SlotsPerMonth = 32;
    private readonly int firstMonth;

    public TrendCalendar(TrendPeriod by, DateOnly first, DateOnly last)
    {
        if (first > last)
            throw new ArgumentException("The first day of a trend must not be after its last.");
        firstMonth = MonthIndex(first.Year, first.Month);
        Slots = (MonthIndex(last.Year, last.Month) - firstMonth + 1) * SlotsPerMonth;
        Points = Enumerate(by, first, last).ToList();
    }

    /// <summary>How many slots a counter needs.</summary>
    public int Slots { get; }

    /// <summary>Label, first and last day of each point, cut to the range.</summary>
    public IReadOnlyList<(string Label, DateOnly From, DateOnly To)> Points { get; }

    /// <summary>The slot of a day number (yyyyMMdd); outside 0 .. <see cref="Slots"/> when the day is outside the range's months.</summary>
    public int SlotOf(int dayNumber) => (MonthIndex(dayNumber / 10000, dayNumber / 100 % 100) - firstMonth) * SlotsPerMonth + dayNumber % 100;

    private int SlotOf(DateOnly date) => (MonthIndex(date.Year, date.Month) - firstMonth) * SlotsPerMonth + date.Day;

    /// <summary>Sums counted slots into one count per point.</summary>
    public int[] PerPoint(int[] slots)
    {
        var running = new long[slots.Length + 1];
        for (var i = 0; i < slots.Length; i++)
            running[i + 1] = running[i] + slots[i];
        var counts = new int[Points.Count];
        for (var p = 0; p < Points.Count; p++)
            counts[p] = (int)(running[SlotOf(Points[p].To) + 1] - running[SlotOf(Points[p].From)]);
        return counts;
    }

    private static int MonthIndex(int year, int month) => year * 12 + month - 1;

    private static IEnumerable<(string, DateOnly, DateOnly)> Enumerate(TrendPeriod by, DateOnly first, DateOnly last)
    {
        var culture = CultureInfo.InvariantCulture;
        var start = by switch
        {
            TrendPeriod.Year => new DateOnly(first.Year, 1, 1),
            TrendPeriod.Month => new DateOnly(first.Year, first.Month, 1),
            _ => first,
        };
        while (start <= last)
        {
            var next = by switch
            {
                TrendPeriod.Year => start.AddYears(1),
                TrendPeriod.Month => start.AddMonths(1),
                _ => start.AddDays(1),
            };
            var label = by switch
            {
                TrendPeriod.Year => start.ToString("yyyy", culture),
                TrendPeriod.Month => start.ToString("yyyy-MM", culture),
                _ => start.ToString("yyyy-MM-dd", culture),
            };
            var from = start < first ? first : start;
            var to = next.AddDays(-1) > last ? last : next.AddDays(-1);
            yield return (label, from, to);
            start = next;
        }
    }

    /// <summary>How many points a range makes, without listing them (to refuse a range too long before building it).</summary>
    public static long PointCount(TrendPeriod by, DateOnly first, DateOnly last) => by switch
    {
        TrendPeriod.Year => last.Year - first.Year + 1,
        TrendPeriod.Month => MonthIndex(last.Year, last.Month) - MonthIndex(first.Year, first.Month) + 1,
        _ => last.DayNumber - first.DayNumber + 1,
    };
}
