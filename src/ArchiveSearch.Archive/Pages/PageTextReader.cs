using System.Text;

namespace ArchiveSearch.Archive.Pages;

/// <summary>Reads a page file into text, refusing files that are empty, binary or not valid text.</summary>
public static class PageTextReader
{
    public static PageReadResult Read(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (IOException e)
        {
            return PageReadResult.Unreadable($"cannot read file: {e.Message}");
        }
        catch (UnauthorizedAccessException e)
        {
            return PageReadResult.Unreadable($"cannot read file: {e.Message}");
        }

        return Decode(bytes);
    }

    public static PageReadResult Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
            return PageReadResult.Unreadable("empty file");
        if (bytes.StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }))
            return DecodeStrict(bytes[3..], new UTF8Encoding(false, true), "utf-8-bom");
        if (bytes.IndexOf((byte)0) >= 0)
            return PageReadResult.Unreadable("binary content (NUL bytes)");
        return DecodeStrict(bytes, new UTF8Encoding(false, true), "utf-8");
    }

    private static PageReadResult DecodeStrict(ReadOnlySpan<byte> bytes, Encoding encoding, string name)
    {
        try
        {
            var text = encoding.GetString(bytes);
            return string.IsNullOrWhiteSpace(text)
                ? PageReadResult.Unreadable("no text (only white space)")
                : PageReadResult.Ok(text, name);
        }
        catch (DecoderFallbackException)
        {
            return PageReadResult.Unreadable($"not valid {name} text");
        }
    }
}
