using System.Globalization;
using ArchiveSearch.Archive.Articles;
using ArchiveSearch.Archive.Pages;

namespace ArchiveSearch.Archive.Corrections;

/// <summary>
/// Applies a page's corrections, in the order they were made, to the items the segmenter cut from it. A correction
/// made against other page text, or naming a paragraph or item that is not there, is kept but not applied, and its
/// outcome says why. Items keep their ordinals (so their ids): a merged-away item's ordinal is simply gone, and a
/// split-off item takes the ordinal chosen when the split was made.
/// </summary>
public static class CorrectionApplier
{
    /// <summary>
    /// Raised whenever the way corrections apply, or what is kept of what they make, changes: it is part of
    /// <see cref="CorrectionsHash"/>, so every corrected page (and only those) is indexed again once. Version 4: the
    /// section headings a merge makes are kept with the article, not only shown on the page view.
    /// </summary>
    public const int Version = 4;

    public static CorrectedPage Apply(PageCorrections? corrections, string pageText, PageMetadata metadata, IReadOnlyList<Article> articles)
    {
        if (corrections is null || !corrections.Active.Any())
            return CorrectedPage.Unchanged(articles, metadata) with { Source = corrections };
        var hash = PageText.Hash(pageText);
        var items = articles.Select(WorkingItem.From).ToList();
        var outcomes = new List<CorrectionOutcome>();
        foreach (var correction in corrections.Active.OrderBy(c => c.Id))
        {
            var problem = correction.ContentHash != hash ? CorrectionProblem.PageChanged : Apply(correction, items, pageText, ref metadata);
            outcomes.Add(new CorrectionOutcome(correction, problem));
        }

        var corrected = items.OrderBy(i => i.Ordinal).Select(i => i.ToArticle()).ToList();
        var kept = corrected.Select(a => a.Ordinal).ToHashSet();
        return new CorrectedPage(corrected, metadata, outcomes) { Gone = articles.Where(a => !kept.Contains(a.Ordinal)).ToList(), Source = corrections };
    }

    /// <summary>The ordinal a new split-off item takes: one past every ordinal the page's items have.</summary>
    public static int NextOrdinal(IReadOnlyList<Article> articles) => articles.Count == 0 ? 1 : articles.Max(a => a.Ordinal) + 1;

    /// <summary>Applies one correction; returns the problem that stopped it, or null. A stopped correction changes nothing.</summary>
    private static string? Apply(Correction correction, List<WorkingItem> items, string pageText, ref PageMetadata metadata)
    {
        switch (correction.Kind)
        {
            case CorrectionKind.Split:
                return Split(correction, items, pageText);
            case CorrectionKind.Merge:
                return Merge(correction, items);
            case CorrectionKind.Move:
                return Move(correction, items, pageText);
            case CorrectionKind.MoveCredit:
                return MoveCredit(correction, items);
            case CorrectionKind.Set:
                return Set(correction, items);
            case CorrectionKind.Page:
                if (correction.Date is { Length: > 0 } date && !DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
                    return CorrectionProblem.NotPossible;
                metadata = metadata with
                {
                    Paper = correction.Paper is { Length: > 0 } paper ? paper : metadata.Paper,
                    Date = correction.Date is { Length: > 0 } d ? DateOnly.ParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture) : metadata.Date,
                    Page = correction.Page is { Length: > 0 } page ? page : metadata.Page,
                };
                return null;
            default:
                return CorrectionProblem.NotPossible;
        }
    }

    private static string? Split(Correction correction, List<WorkingItem> items, string pageText)
    {
        if (correction.Paragraph is not { } at || items.FirstOrDefault(i => i.Holds(at)) is not { } item)
            return CorrectionProblem.Missing;
        var index = item.Paragraphs.FindIndex(at.Matches);
        if (index == 0)
            return CorrectionProblem.NotPossible;
        var taken = item.Paragraphs.Skip(index).ToList();
        item.Paragraphs.RemoveRange(index, taken.Count);
        var ordinal = correction.NewOrdinal is { } wanted && items.All(i => i.Ordinal != wanted) ? wanted : items.Max(i => i.Ordinal) + 1;
        var start = Math.Max(0, PrintedOffset(pageText, taken[0]));
        // Split at a section heading, the heading becomes the new item's headline again.
        var atHeading = item.Headings.Contains(taken[0]);
        var created = new WorkingItem
        {
            Ordinal = ordinal,
            Kind = item.Kind,
            Title = atHeading ? taken[0] : WorkingItem.DerivedTitle(taken[0]),
            TitleDerived = !atHeading,
            Paragraphs = atHeading ? taken.Skip(1).ToList() : taken,
            Headings = taken.Skip(atHeading ? 1 : 0).Where(item.Headings.Contains).ToHashSet(),
            Start = start,
            End = item.End,
        };
        item.Headings.ExceptWith(taken);
        created.Reclassify();
        item.End = Math.Max(item.Start, start);
        items.Add(created);
        return null;
    }

    private static string? Merge(Correction correction, List<WorkingItem> items)
    {
        if (Find(items, correction.Item) is not { } kept || Find(items, correction.Target) is not { } merged)
            return CorrectionProblem.Missing;
        if (ReferenceEquals(kept, merged))
            return CorrectionProblem.NotPossible;
        // A headline of its own inside the merged text stays there, as the section heading it most often was.
        if (!merged.TitleDerived && merged.Title.Length > 0)
        {
            kept.Paragraphs.Add(merged.Title);
            kept.Headings.Add(merged.Title);
        }

        kept.Paragraphs.AddRange(merged.Paragraphs);
        kept.Headings.UnionWith(merged.Headings);
        if (merged.Byline is { } byline && kept.Byline?.Contains(byline, StringComparison.Ordinal) != true)
            kept.Byline = kept.Byline is null ? byline : kept.Byline + " " + byline;
        foreach (var author in merged.Authors.Where(a => kept.Authors.All(k => k.Name != a.Name)))
            kept.Authors.Add(author);
        kept.Start = Math.Min(kept.Start, merged.Start);
        kept.End = Math.Max(kept.End, merged.End);
        if (kept.Kind != merged.Kind && kept.Kind != ArticleKind.Photo)
            kept.Reclassify();
        items.Remove(merged);
        return null;
    }

    private static string? Move(Correction correction, List<WorkingItem> items, string pageText)
    {
        if (correction.Paragraph is not { } paragraph || items.FirstOrDefault(i => i.Holds(paragraph)) is not { } from)
            return CorrectionProblem.Missing;
        WorkingItem? to = null;
        if (correction.Target is not null && (to = Find(items, correction.Target)) is null)
            return CorrectionProblem.Missing;
        if (ReferenceEquals(from, to))
            return CorrectionProblem.NotPossible;
        var index = from.Paragraphs.FindIndex(paragraph.Matches);
        var text = from.Paragraphs[index];
        from.Paragraphs.RemoveAt(index);
        var heading = from.Headings.Remove(text);
        if (index == 0)
            from.RenameIfDerived();
        if (from.IsEmpty)
            items.Remove(from);
        if (to is not null)
        {
            // In printed order among the target's paragraphs, as far as the page text tells.
            var offset = PrintedOffset(pageText, text);
            var at = offset < 0 ? to.Paragraphs.Count : to.Paragraphs.FindIndex(p => PrintedOffset(pageText, p) > offset);
            to.Paragraphs.Insert(at < 0 ? to.Paragraphs.Count : at, text);
            if (heading)
                to.Headings.Add(text);
            if (at == 0)
                to.RenameIfDerived();
        }

        return null;
    }

    private static string? MoveCredit(Correction correction, List<WorkingItem> items)
    {
        if (correction.Credit is not { Length: > 0 } credit || Find(items, correction.Item) is not { } from || from.Byline?.Contains(credit, StringComparison.Ordinal) != true)
            return CorrectionProblem.Missing;
        WorkingItem? to = null;
        if (correction.Target is not null && (to = Find(items, correction.Target)) is null)
            return CorrectionProblem.Missing;
        if (ReferenceEquals(from, to))
            return CorrectionProblem.NotPossible;
        var rest = from.Byline!.Replace(credit, "", StringComparison.Ordinal).Trim();
        from.Byline = rest.Length > 0 ? rest : null;
        from.Authors.RemoveAll(a => credit.Contains(a.Name, StringComparison.Ordinal) && !(from.Byline?.Contains(a.Name, StringComparison.Ordinal) ?? false));
        if (to is not null)
        {
            to.Byline = to.Byline is null ? credit : to.Byline + " " + credit;
            to.AddPeople(credit);
        }

        return null;
    }

    private static string? Set(Correction correction, List<WorkingItem> items)
    {
        if (Find(items, correction.Item) is not { } item)
            return CorrectionProblem.Missing;
        if (correction.Title is { } title)
        {
            if (title.Trim().Length == 0)
                return CorrectionProblem.NotPossible;
            item.Title = title.Trim();
            item.TitleDerived = false;
        }

        if (correction.Subtitle is { } subtitle)
            item.Subtitle = subtitle.Trim() is { Length: > 0 } s ? s : null;
        if (correction.Byline is { } byline)
        {
            item.Byline = byline.Trim() is { Length: > 0 } b ? b : null;
            if (correction.Authors is null)
            {
                item.Authors.Clear();
                if (item.Byline is not null)
                    item.AddPeople(item.Byline);
            }
        }

        if (correction.Authors is { } authors)
        {
            item.Authors.Clear();
            item.Authors.AddRange(authors.Select(a => a.Trim()).Where(a => a.Length > 0).Distinct().Select(a => new Author(a)));
        }

        return null;
    }

    /// <summary>The item holding the named paragraph, or, for an item without text, the one with that headline.</summary>
    private static WorkingItem? Find(List<WorkingItem> items, ItemRef? item) =>
        item is null ? null
        : item.Paragraph is { } paragraph ? items.FirstOrDefault(i => i.Holds(paragraph))
        : items.FirstOrDefault(i => i.Paragraphs.Count == 0 && i.Title == item.Title) ?? items.FirstOrDefault(i => i.Title == item.Title);

    /// <summary>The item has no headline of its own: its title is the opening of its text.</summary>
    public static bool HasDerivedTitle(Article item) => item.Paragraphs.Count > 0 && item.Title == WorkingItem.DerivedTitle(item.Paragraphs[0]);

    /// <summary>Where a paragraph starts in the page text (its opening as printed on one line), or -1.</summary>
    public static int PrintedOffset(string pageText, string paragraph)
    {
        var probe = paragraph.Length > 8 ? paragraph[..8] : paragraph;
        return probe.Length == 0 ? -1 : pageText.IndexOf(probe, StringComparison.Ordinal);
    }
}
