using System.Globalization;
using ArchiveSearch.Index.Schema;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace ArchiveSearch.Index.Search;

/// <summary>Counts the hits of each month from the date doc values while passing every hit on; one array increment per hit.</summary>
public sealed class DateHistogramCollector(ICollector next) : ICollector
{
    // Months from 1800 to 2199 by index, small enough to stay off the large-object heap; others (rare) by key.
    private const int FirstYear = 1800;
    private readonly int[] months = new int[12 * 400];
    private readonly Dictionary<int, int> outside = [];
    private int[] days = [];

    public bool AcceptsDocsOutOfOrder => next.AcceptsDocsOutOfOrder;

    public void SetScorer(Scorer scorer) => next.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        days = SegmentValues.For(context.AtomicReader).Days;
        next.SetNextReader(context);
    }

    public void Collect(int doc)
    {
        // 0 is an article without a date.
        if (days[doc] is not 0 and var day)
        {
            var month = day / 10000 * 12 + (day / 100 % 100 - 1) - FirstYear * 12;
            if ((uint)month < (uint)months.Length)
                months[month]++;
            else
                outside[month] = outside.GetValueOrDefault(month) + 1;
        }

        next.Collect(doc);
    }

    public DateFacets Result()
    {
        var counts = outside.Where(o => o.Key >= -FirstYear * 12).ToList();
        for (var m = 0; m < months.Length; m++)
        {
            if (months[m] > 0)
                counts.Add(new KeyValuePair<int, int>(m, months[m]));
        }

        var byMonth = new List<FacetValue>();
        var byYear = new List<FacetValue>();
        foreach (var (m, count) in counts.OrderBy(c => c.Key))
        {
            var (year, month) = (FirstYear + (int)Math.Floor(m / 12.0), (m % 12 + 12) % 12 + 1);
            byMonth.Add(new FacetValue(string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}"), count));
            var yearText = year.ToString("D4", CultureInfo.InvariantCulture);
            if (byYear.Count > 0 && byYear[^1].Value == yearText)
                byYear[^1] = byYear[^1] with { Count = byYear[^1].Count + count };
            else
                byYear.Add(new FacetValue(yearText, count));
        }

        return new DateFacets(byYear, byMonth);
    }
}
