using System.Security.Cryptography;
using System.Text;

namespace ArchiveSearch.Archive.Corrections;

/// <summary>
/// A paragraph named by its text, not its place, so a correction still finds it when the cut around it changes:
/// the opening for people to read and a hash of the whole paragraph to match.
/// </summary>
public sealed record ParagraphRef(string Opening, string Hash)
{
    private const int OpeningLength = 24;

    public static ParagraphRef Of(string paragraph)
    {
        var end = Math.Min(paragraph.Length, OpeningLength);
        if (end > 0 && end < paragraph.Length && char.IsHighSurrogate(paragraph[end - 1]))
            end--;
        return new ParagraphRef(paragraph[..end], HashOf(paragraph));
    }

    public static string HashOf(string paragraph) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(paragraph)), 0, 8);

    public bool Matches(string paragraph) => HashOf(paragraph) == Hash;
}
