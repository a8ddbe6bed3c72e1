using System.Security.Cryptography;
using System.Text;

namespace ArchiveSearch.Index.Schema;

/// <summary>
/// Article ids are stable for as long as the page keeps its path: a short hash of the page id plus the
/// ordinal, safe in a URL segment (page ids contain slashes).
/// </summary>
public static class ArticleId
{
    public static string For(string pageId, int ordinal) => $"{PageKey(pageId)}-{ordinal}";

    public static string PageKey(string pageId)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(pageId));
        return Convert.ToHexStringLower(hash, 0, 8);
    }
}
