namespace ArchiveSearch.Server.Export;

/// <summary>
/// RFC 4180 CSV for a spreadsheet: first a few two-cell lines saying what the export is (query, filters, exported
/// at, rows), an empty line, then the header row and one row per hit. Every field quoted, quotes doubled, and a
/// cell that a spreadsheet would run as a formula (=, +, -, @) prefixed with an apostrophe.
/// </summary>
public sealed class CsvHitWriter : IHitWriter
{
    public string ContentType => "text/csv; charset=utf-8";

    public string Extension => "csv";

    public async Task WriteHeaderAsync(TextWriter output, ExportHeader header)
    {
        foreach (var (name, value) in new[]
        {
            ("query", header.Query),
            ("filters", header.FiltersText),
            ("exported at", header.ExportedAtText),
            ("rows", $"{header.Total} {header.RowsText}"),
        })
            await output.WriteAsync(Field(name) + "," + Field(value) + "\r\n");
        await output.WriteAsync("\r\n" + string.Join(",", ExportRow.Columns) + "\r\n");
    }

    public Task WriteAsync(TextWriter output, ExportRow row) =>
        output.WriteAsync(string.Join(",", new[] { row.Title, row.Date, row.Paper, row.Page, row.Byline, row.Url, row.Snippet }.Select(Field)) + "\r\n");

    private static string Field(string? value)
    {
        value ??= "";
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@')
            value = "'" + value;
        return "\"" + value.Replace("\"", "\"\"") + "\"";
    }
}
