using System.Text;

namespace ArchiveSearch.Server.Tests.Trends;

/// <summary>Reads the trend CSV back: rows of fields, quotes undone, a leading byte-order mark dropped.</summary>
public static class TrendCsvRows
{
    public static List<string[]> Parse(byte[] bytes) => Parse(Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF'));

    public static List<string[]> Parse(string text)
    {
        var rows = new List<string[]>();
        foreach (var line in text.Split("\r\n"))
        {
            if (line.Length == 0)
            {
                rows.Add([""]);
                continue;
            }

            var fields = new List<string>();
            var i = 0;
            while (i < line.Length)
            {
                // Every field is quoted; "" inside is a quote.
                var field = new StringBuilder();
                i++;
                while (i < line.Length)
                {
                    if (line[i] == '"' && i + 1 < line.Length && line[i + 1] == '"')
                    {
                        field.Append('"');
                        i += 2;
                    }
                    else if (line[i] == '"')
                    {
                        i++;
                        break;
                    }
                    else
                    {
                        field.Append(line[i++]);
                    }
                }

                fields.Add(field.ToString());
                i++; // the comma
            }

            rows.Add([.. fields]);
        }

        // The text ends with a line break: no row after it.
        if (rows.Count > 0 && rows[^1] is [""])
            rows.RemoveAt(rows.Count - 1);
        return rows;
    }
}
