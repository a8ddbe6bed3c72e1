using System.Globalization;
using ArchiveSearch.Index.Schema;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace ArchiveSearch.Index.Search;

/// <summary>Counts the hits of each month from the date doc values while passing every hit on; one array increment per hit.</summary>
public sealed class DateHistogramCollector(ICollector next) : ICollector
{
    // Indexed by months since year 0; grown on demand.
    private int[] months = new int[12 * 2200];
    private NumericDocValues? dates;
    private IBits? hasDate;

    public bool AcceptsDocsOutOfOrder => next.AcceptsDocsOutOfOrder;

    public void SetScorer(Scorer scorer) => next.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        dates = context.AtomicReader.GetNumericDocValues(ArticleDocuments.DateNumber);
        hasDate = dates is null ? null : context.AtomicReader.GetDocsWithField(ArticleDocuments.DateNumber);
        next.SetNextReader(context);
    }

    public void Collect(int doc)
    {
        if (dates is not null && hasDate!.Get(doc))
        {
            var day = dates.Get(doc);
            var month = (int)(day / 10000 * 12 + (day / 100 % 100 - 1));
            if (month >= 0)
            {
                if (month >= months.Length)
                    Array.Resize(ref months, month + 12);
                months[month]++;
            }
        }

        next.Collect(doc);
    }

    public DateFacets Result()
    {
        var byMonth = new List<FacetValue>();
        var byYear = new List<FacetValue>();
        for (var m = 0; m < months.Length; m++)
        {
            if (months[m] == 0)
                continue;
            var (year, month) = (m / 12, m % 12 + 1);
            byMonth.Add(new FacetValue(string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}"), months[m]));
            var yearText = year.ToString("D4", CultureInfo.InvariantCulture);
            if (byYear.Count > 0 && byYear[^1].Value == yearText)
                byYear[^1] = byYear[^1] with { Count = byYear[^1].Count + months[m] };
            else
                byYear.Add(new FacetValue(yearText, months[m]));
        }

        return new DateFacets(byYear, byMonth);
    }
}
