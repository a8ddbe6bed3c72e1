using System.Security.Cryptography;
using System.Text;

namespace ArchiveSearch.Archive.Corrections;

/// <summary>
/// What a page's corrections come to, as one short hash: their stored form and the version of the applier. A page
/// indexed with corrections keeps this hash in its record; a start or a rescan indexes the page again only when the
/// hash of its corrections file differs (edited, imported or removed while the service was down).
/// </summary>
public static class CorrectionsHash
{
    public static string Of(PageCorrections corrections)
    {
        var text = CorrectionApplier.Version + "\n" + CorrectionStore.Serialize(corrections);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..32];
    }
}
