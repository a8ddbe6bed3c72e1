using System.Globalization;
using System.Text;
using Microsoft.Net.Http.Headers;

namespace ArchiveSearch.Server.Export;

/// <summary>
/// The name an export is saved under: the query (or "全部" without one) and the day of export, e.g.
/// <c>archivesearch-杜鹃花-2024-03-15.csv</c>; characters a file system or a shell dislikes become "_".
/// The header carries it as UTF-8 (<c>filename*</c>) and an ASCII fallback for old clients.
/// </summary>
public static class ExportFileName
{
    public const int MaxQueryChars = 40;

    public static string For(string query, DateTimeOffset day, string extension)
    {
        var name = new StringBuilder();
        foreach (var rune in (string.IsNullOrWhiteSpace(query) ? "全部" : query.Trim()).EnumerateRunes())
        {
            if (name.Length >= MaxQueryChars)
                break;
            name.Append(Rune.IsLetterOrDigit(rune) ? rune.ToString() : "_");
        }

        var stem = name.ToString().Trim('_');
        return $"archivesearch-{(stem.Length == 0 ? "query" : stem)}-{day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.{extension}";
    }

    public static string ContentDisposition(string fileName)
    {
        var ascii = new string(fileName.Select(c => c < 128 ? c : '_').ToArray());
        var header = new ContentDispositionHeaderValue("attachment") { FileName = ascii, FileNameStar = fileName };
        return header.ToString();
    }
}
