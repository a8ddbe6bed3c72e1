namespace ArchiveSearch.Server.Export;

/// <summary>
/// RFC 4180 CSV with a header row, for a spreadsheet: every field quoted, quotes doubled, and a cell that a
/// spreadsheet would run as a formula (=, +, -, @) prefixed with an apostrophe.
/// </summary>
public sealed class CsvHitWriter : IHitWriter
{
    public string ContentType => "text/csv; charset=utf-8";

    public string Extension => "csv";

    public Task WriteHeaderAsync(TextWriter output) => output.WriteAsync(string.Join(",", ExportRow.Columns) + "\r\n");

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
