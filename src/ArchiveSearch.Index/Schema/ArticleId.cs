using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ArchiveSearch.Archive.Pages;

namespace ArchiveSearch.Index.Schema;

/// <summary>
/// Article ids outlive file names and re-indexing: an id is the key of the page's identity plus the article's
/// place on the page (<c>{pageKey}-{ordinal}</c>). A page is identified by its paper, date and page number
/// when its metadata names all three, else by the SHA-256 of its file's bytes; the page key is the first
/// 8 bytes of SHA-256 over that identity, in hex, so it is safe in a URL segment. Another page file with the
/// same identity (a re-issued page, a sidecar repeating metadata) takes the identity with its content hash
/// added, and a byte-identical copy the identity with its path added, so no two page files share ids.
/// </summary>
public static class ArticleId
{
    public static string For(string pageKey, int ordinal) => $"{pageKey}-{ordinal.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The key of a page's identity, the rule that chose it recorded in the identity string's prefix.</summary>
    public static string PageKey(PageMetadata metadata, string contentHash) => Hash(PageIdentity(metadata, contentHash));

    /// <summary>
    /// The keys a page file may take, in order of preference, each with its rule: the first that no other page
    /// file holds is the page's. The last one names the file's path, which no other file has.
    /// </summary>
    public static IReadOnlyList<PageKeyChoice> Candidates(PageMetadata metadata, string contentHash, string path)
    {
        var identity = PageIdentity(metadata, contentHash);
        var byMetadata = identity.StartsWith("meta:", StringComparison.Ordinal);
        var withPath = new PageKeyChoice(byMetadata ? PageKeyRules.MetadataAndPath : PageKeyRules.ContentAndPath, Hash($"{identity}|path:{path}"));
        return byMetadata
            ? [new(PageKeyRules.Metadata, Hash(identity)), new(PageKeyRules.MetadataAndContent, Hash($"{identity}|content:{contentHash}")), withPath]
            : [new(PageKeyRules.Content, Hash(identity)), withPath];
    }

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
