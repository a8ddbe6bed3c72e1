using System.Globalization;
using ArchiveSearch.Archive.Corrections;

namespace ArchiveSearch.Index.Schema;

/// <summary>
/// The corrections a page was last indexed with: the key of their file, their hash (<see cref="CorrectionsHash"/>)
/// and the ones that did not fit (id and problem), so a start can tell an unchanged corrected page from a changed one
/// and still warn about the corrections that are kept but not applied, without reading or cutting the page.
/// </summary>
public sealed record AppliedCorrections(string PageKey, string Hash, IReadOnlyList<(int Id, string Problem)> NotApplied)
{
    public static AppliedCorrections? Of(CorrectedPage page) =>
        page.Source is { } source
            ? new AppliedCorrections(source.PageKey, CorrectionsHash.Of(source), page.NotApplied.Select(o => (o.Correction.Id, o.Problem!)).ToList())
            : null;

    /// <summary>The outcomes of the corrections that did not fit, as an operator warning needs them.</summary>
    public IReadOnlyList<CorrectionOutcome> NotAppliedOutcomes =>
        NotApplied.Select(n => new CorrectionOutcome(new Correction { Id = n.Id, Kind = "", By = "", ContentHash = "" }, n.Problem)).ToList();

    /// <summary><c>id:problem</c> pairs separated by spaces (problems are single words).</summary>
    public string NotAppliedText => string.Join(' ', NotApplied.Select(n => n.Id.ToString(CultureInfo.InvariantCulture) + ":" + n.Problem));

    public static IReadOnlyList<(int Id, string Problem)> ParseNotApplied(string? text) =>
        (text ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split(':', 2))
            .Where(parts => parts.Length == 2 && int.TryParse(parts[0], CultureInfo.InvariantCulture, out _))
            .Select(parts => (int.Parse(parts[0], CultureInfo.InvariantCulture), parts[1]))
            .ToList();
}
