using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ArchiveSearch.Archive.Pages;

namespace ArchiveSearch.Index.Schema;

/// <summary>
/// Article ids outlive file names and re-indexing: an id is the key of the page's identity plus the article's
/// place on the page (<c>{pageKey}-{ordinal}</c>). A page is identified by its paper, date and page number
/// when its metadata names all three, else by the SHA-256 of its file's bytes; the page key is the first
/// 8 bytes of SHA-256 over that identity, in hex, so it is safe in a URL segment.
/// </summary>
public static class ArticleId
{
    public static string For(string pageKey, int ordinal) => $"{pageKey}-{ordinal.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The key of a page's identity, the rule that chose it recorded in the identity string's prefix.</summary>
    public static string PageKey(PageMetadata metadata, string contentHash) => Hash(PageIdentity(metadata, contentHash));

    /// <summary>
    /// <c>meta:{paper}|{yyyy-MM-dd}|{page}</c> when paper, date and page are known (a numeric page without its
    /// leading zeros, so 02 and 2 are the same page), otherwise <c>content:{sha256}</c>.
    /// </summary>
    public static string PageIdentity(PageMetadata metadata, string contentHash)
    {
        if (metadata is { Paper: { Length: > 0 } paper, Date: { } date, Page: { Length: > 0 } page })
            return $"meta:{paper}|{date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}|{NormalisePage(page)}";
        return "content:" + contentHash;
    }

    private static string NormalisePage(string page)
    {
        var trimmed = page.Trim();
        return trimmed.All(char.IsAsciiDigit) && trimmed.TrimStart('0') is { Length: > 0 } number ? number : trimmed;
    }

    private static string Hash(string identity) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identity)), 0, 8);
}
