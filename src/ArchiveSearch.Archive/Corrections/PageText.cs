using System.Security.Cryptography;
using System.Text;

namespace ArchiveSearch.Archive.Corrections;

/// <summary>The page text a correction was made against, by the SHA-256 of its decoded text (its encoding and sidecar do not count).</summary>
public static class PageText
{
    public static string Hash(string pageText) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(pageText)));
}
