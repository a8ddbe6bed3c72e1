using System.Text;
using ArchiveSearch.Archive.Files;

namespace ArchiveSearch.Archive.Pages;

/// <summary>
/// Reads a page file into text. The encodings of Chinese archives are told apart, not configured: a BOM
/// names UTF-8 or UTF-16; without one, text that is valid UTF-8 is UTF-8, and otherwise GB18030 (which
/// covers GBK and GB2312) is tried. Empty, binary and undecodable files are refused with the reason.
/// </summary>
public static class PageTextReader
{
    /// <summary>Share of control characters above which decoded "text" is taken for binary data.</summary>
    private const double MaxControlShare = 0.01;

    private static readonly Encoding Gb18030;

    static PageTextReader()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Gb18030 = Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }

    public static PageReadResult Read(string path) => Read(path, PageLimits.Default.Page);

    /// <summary>Reads the page unless it is larger than <paramref name="maxBytes"/>; an over-large page is refused after reading at most that many bytes.</summary>
    public static PageReadResult Read(string path, long maxBytes) => Read(path, (PageLimits.Default with { MaxPageBytes = maxBytes }).Page);

    /// <summary>
    /// Reads the page within the limits, only if it is a regular file (never through a link, never a named pipe or
    /// a device); anything else is refused with the reason.
    /// </summary>
    public static PageReadResult Read(string path, ReadLimits limits)
    {
        RegularFileRead read;
        try
        {
            read = RegularFile.ReadAll(path, limits);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return PageReadResult.Unreadable($"cannot read file: {e.Message}");
        }

        return read.Succeeded ? Decode(read.Bytes) : PageReadResult.Unreadable(read.Refusal!);
    }

    public static PageReadResult Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
            return PageReadResult.Unreadable("empty file");
        if (bytes.StartsWith(Utf8Bom))
            return Check(Strict(new UTF8Encoding(false, true), bytes[3..]), "utf-8-bom");
        if (bytes.StartsWith(Utf16LeBom))
            return Check(Strict(new UnicodeEncoding(false, false, true), bytes[2..]), "utf-16le");
        if (bytes.StartsWith(Utf16BeBom))
            return Check(Strict(new UnicodeEncoding(true, false, true), bytes[2..]), "utf-16be");
        if (bytes.IndexOf((byte)0) >= 0)
            return PageReadResult.Unreadable("binary content (NUL bytes)");
        if (Strict(new UTF8Encoding(false, true), bytes) is { } utf8)
            return Check(utf8, "utf-8");
        if (Strict(Gb18030, bytes) is { } gb)
            return Check(gb, "gb18030");
        return PageReadResult.Unreadable("not decodable as UTF-8, UTF-16 or GB18030 text");
    }

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];
    private static ReadOnlySpan<byte> Utf16LeBom => [0xFF, 0xFE];
    private static ReadOnlySpan<byte> Utf16BeBom => [0xFE, 0xFF];

    private static string? Strict(Encoding encoding, ReadOnlySpan<byte> bytes)
    {
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static PageReadResult Check(string? text, string encoding)
    {
        if (text is null)
            return PageReadResult.Unreadable($"not valid {encoding} text");
        if (string.IsNullOrWhiteSpace(text))
            return PageReadResult.Unreadable("no text (only white space)");
        var controls = text.Count(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f'));
        if (controls > text.Length * MaxControlShare)
            return PageReadResult.Unreadable($"binary content ({controls} control characters)");
        return PageReadResult.Ok(text, encoding);
    }
}
