using ArchiveSearch.Archive.Articles;
using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace ArchiveSearch.Index.Schema;

/// <summary>
/// How sure the segmenter was of an article's cut, as the index holds it: the verdict (<c>sure</c>, <c>unsure</c>)
/// and the reasons, each with the code of the rule that gave it.
/// </summary>
public sealed record StoredCut(string Verdict, IReadOnlyList<CutReason> Reasons)
{
    public static StoredCut Sure { get; } = new(Verdicts.Sure, []);
}

/// <summary>The verdict values of the cut field, as filters and facets name them.</summary>
public static class Verdicts
{
    public const string Sure = "sure";
    public const string Unsure = "unsure";

    public static bool IsKnown(string value) => value is Sure or Unsure;
}

/// <summary>Writes an article's cut verdict to its document (indexed for the filter, a doc value for the facet) and reads it back.</summary>
public static class ArticleCut
{
    /// <summary>The verdict: indexed, stored, and a sorted doc value counted by the facet.</summary>
    public const string VerdictField = "cut";

    /// <summary>One stored value per reason: rule, words and detail separated by tabs.</summary>
    public const string ReasonField = "cut_reason";

    public static void Add(Document doc, CutVerdict cut)
    {
        doc.Add(new StringField(VerdictField, cut.Name, Field.Store.YES));
        doc.Add(new SortedDocValuesField(VerdictField, new BytesRef(cut.Name)));
        foreach (var reason in cut.Reasons)
            doc.Add(new StoredField(ReasonField, $"{Clean(reason.Rule)}\t{Clean(reason.Words)}\t{Clean(reason.Detail ?? "")}"));
    }

    /// <summary>The stored verdict; a document written before verdicts were kept reads as sure.</summary>
    public static StoredCut Read(Document doc)
    {
        var verdict = doc.Get(VerdictField);
        if (verdict is null)
            return StoredCut.Sure;
        var reasons = doc.GetValues(ReasonField).Select(value =>
        {
            var parts = value.Split('\t');
            return new CutReason(parts[0], parts.Length > 1 ? parts[1] : "", parts.Length > 2 && parts[2].Length > 0 ? parts[2] : null);
        }).ToList();
        return new StoredCut(verdict, reasons);
    }

    private static string Clean(string text) => text.Replace('\t', ' ');
}
