using System.Security.Claims;
using ArchiveSearch.Archive.Articles;
using ArchiveSearch.Archive.Corrections;
using ArchiveSearch.Archive.Pages;
using ArchiveSearch.Archive.Segmentation;
using ArchiveSearch.Index.Corrections;
using ArchiveSearch.Index.Ingest;
using ArchiveSearch.Index.Permalinks;
using ArchiveSearch.Index.Store;
using ArchiveSearch.Server.Auth;
using ArchiveSearch.Server.Configuration;
using ArchiveSearch.Server.Indexing;
using Microsoft.Extensions.Options;
using ArchiveSearch.Server.Problems;

namespace ArchiveSearch.Server.Corrections;

/// <summary>
/// Makes and undoes corrections of a page's cut: checks that a correction fits the page as it is now, stores it
/// with who made it, when and why, writes the audit line, and has the worker index the page again before answering,
/// so the correction is searchable when the request returns.
/// </summary>
public sealed class CorrectionService(
    ArchiveIndex index,
    PermalinkResolver permalinks,
    CorrectionStore store,
    IPageSegmenter segmenter,
    PageMetadataResolver metadata,
    PageLimits limits,
    IOptions<ArchiveOptions> options,
    PageReindexQueue reindex,
    AuditLog audit)
{
    private static readonly TimeSpan ReindexTimeout = TimeSpan.FromSeconds(30);

    public bool Enabled => store.Enabled;

    /// <summary>The page with its text, its corrected cut and how its corrections fit; null for an unknown key.</summary>
    public PageState? Load(string pageKey)
    {
        if (!CorrectionStore.IsPageKey(pageKey) || permalinks.Page(pageKey) is not { } page)
            return null;
        var path = PageKeys.PathOf(index, pageKey);
        PageCorrections? corrections = null;
        try
        {
            corrections = store.Find(pageKey);
        }
        catch (InvalidDataException)
        {
            // Said by the indexing side as an operator warning; the page shows as indexed.
        }

        var inbox = new InboxFiles(options.Value.InboxPath);
        var read = path is null ? null : PageTextReader.Read(inbox.Full(path), limits.MaxPageBytes);
        if (read?.Text is not { } text)
            return new PageState(page, path, null, [], page.Articles.Select(ToArticle).ToList(), corrections, []);
        var segmented = segmenter.Split(text);
        PageMetadata pageMetadata;
        try
        {
            pageMetadata = metadata.Resolve(inbox.Root, inbox.Full(path!));
        }
        catch (PageMetadataException)
        {
            pageMetadata = metadata.FromPath(inbox.Root, inbox.Full(path!));
        }

        var corrected = CorrectionApplier.Apply(corrections, text, pageMetadata, segmented);
        return new PageState(page, path, text, segmented, corrected.Articles, corrections, corrected.Outcomes);
    }

    public async Task<Correction> Make(string pageKey, CorrectionRequest request, ClaimsPrincipal user)
    {
        try
        {
            return await MakeChecked(pageKey, request, user);
        }
        catch (CorrectionFailure e)
        {
            audit.Refuse(user, "correct " + request.Kind, Target(pageKey, request.Item), $"{e.Status} {e.Message}");
            throw;
        }
    }

    public async Task<Correction?> Undo(string pageKey, ClaimsPrincipal user, int? id)
    {
        try
        {
            var undone = await UndoChecked(pageKey, user, id);
            if (undone is null)
                audit.Refuse(user, "undo", Target(pageKey, null), "409 the page has no correction to undo");
            return undone;
        }
        catch (CorrectionFailure e)
        {
            audit.Refuse(user, "undo", Target(pageKey, null), $"{e.Status} {e.Message}");
            throw;
        }
    }

    /// <summary>The page, and the article when one is named, as an audit line names them.</summary>
    private static string Target(string pageKey, int? item) => "/pages/" + pageKey + (item is { } ordinal ? $" article {pageKey}-{ordinal}" : "");

    private async Task<Correction> MakeChecked(string pageKey, CorrectionRequest request, ClaimsPrincipal user)
    {
        var state = Load(pageKey) ?? throw new CorrectionFailure(ProblemCodes.PageNotFound, $"No page has the key '{pageKey}'.", ("key", pageKey));
        if (state.Text is null || state.Path is null)
            throw new CorrectionFailure(ProblemCodes.CorrectionPageUnreadable, "The page file cannot be read now, so its cut cannot be corrected.");
        var correction = Build(request, state, UserPrincipal.NameOf(user));
        var trial = new PageCorrections(pageKey, state.Path, [.. state.Corrections?.Corrections ?? [], correction with { Id = int.MaxValue }]);
        var outcome = CorrectionApplier.Apply(trial, state.Text, PageMetadata.None, state.Segmented).Outcomes.Last();
        if (!outcome.Applied)
            throw new CorrectionFailure(ProblemCodes.CorrectionDoesNotFit, $"The correction does not fit the page: {CorrectionProblem.Describe(outcome.Problem!)}.");
        var stored = store.Add(pageKey, state.Path, correction);
        audit.Write(user, "correct " + stored.Kind, Target(pageKey, request.Item), $"#{stored.Id}{Into(request.Target)}{Because(stored.Why)}");
        await Reindex(state.Path);
        return stored;
    }

    private async Task<Correction?> UndoChecked(string pageKey, ClaimsPrincipal user, int? id)
    {
        var state = Load(pageKey) ?? throw new CorrectionFailure(ProblemCodes.PageNotFound, $"No page has the key '{pageKey}'.", ("key", pageKey));
        var undone = store.Undo(pageKey, UserPrincipal.NameOf(user), DateTimeOffset.UtcNow, id);
        if (undone is null)
            return null;
        audit.Write(user, "undo", Target(pageKey, null), $"#{undone.Id} {undone.Kind}");
        if (state.Path is not null)
            await Reindex(state.Path);
        return undone;
    }

    private async Task Reindex(string path)
    {
        try
        {
            await reindex.Request(path).WaitAsync(ReindexTimeout);
        }
        catch (TimeoutException)
        {
            throw new CorrectionFailure(ProblemCodes.CorrectionStoredNotYetIndexed, "The correction is stored; the page is being indexed again and will show it shortly.");
        }
    }

    private static string Into(int? target) => target is { } ordinal ? $" with article {ordinal}" : "";

    private static string Because(string? why) => string.IsNullOrWhiteSpace(why) ? "" : ": " + why;

    private const int MaxFieldLength = 500;

    private static Correction Build(CorrectionRequest request, PageState state, string by)
    {
        if (!CorrectionKind.All.Contains(request.Kind))
            throw Bad(ProblemCodes.CorrectionKindUnknown, $"kind must be one of {string.Join(", ", CorrectionKind.All)}.", ("kinds", string.Join(", ", CorrectionKind.All)));
        foreach (var value in new[] { request.Why, request.Title, request.Subtitle, request.Byline, request.Authors, request.Credit, request.Paper, request.Page })
        {
            if (value?.Length > MaxFieldLength)
                throw Bad(ProblemCodes.CorrectionFieldTooLong, $"A field is longer than {MaxFieldLength} characters.", ("limit", MaxFieldLength));
        }

        var correction = new Correction
        {
            Kind = request.Kind,
            By = by,
            At = DateTimeOffset.UtcNow,
            Why = request.Why?.Trim() is { Length: > 0 } why ? why : null,
            ContentHash = PageText.Hash(state.Text!),
        };
        var item = request.Item is { } ordinal ? state.Cut.FirstOrDefault(a => a.Ordinal == ordinal) : null;
        if (request.Item is not null && item is null)
            throw Bad(ProblemCodes.CorrectionItemUnknown, $"The page has no item {request.Item}.", ("item", request.Item));
        switch (request.Kind)
        {
            case CorrectionKind.Split:
            case CorrectionKind.Move:
            {
                var paragraph = FindParagraph(state, item, request.Paragraph);
                var target = request.Kind == CorrectionKind.Move && request.Target is > 0 and var t ? RefOf(state, t) : null;
                var newOrdinal = request.Kind == CorrectionKind.Split ? NextOrdinal(state) : (int?)null;
                return correction with { Paragraph = ParagraphRef.Of(paragraph), Target = target, NewOrdinal = newOrdinal };
            }

            case CorrectionKind.Merge:
                if (item is null || request.Target is not > 0)
                    throw Bad(ProblemCodes.CorrectionMergeNeedsItems, "A merge names the item that stays (item) and the one merged into it (target).");
                return correction with { Item = RefOf(item), Target = RefOf(state, request.Target.Value) };
            case CorrectionKind.MoveCredit:
                if (item is null || request.Credit is null)
                    throw Bad(ProblemCodes.CorrectionCreditNeedsItem, "Moving a credit names the item (item) and the credit as printed (credit).");
                return correction with { Item = RefOf(item), Credit = request.Credit.Trim(), Target = request.Target is > 0 and var to ? RefOf(state, to) : null };
            case CorrectionKind.Set:
                if (item is null)
                    throw Bad(ProblemCodes.CorrectionSetNeedsItem, "Setting fields names the item (item).");
                if (request.Title is null && request.Subtitle is null && request.Byline is null && request.Authors is null)
                    throw Bad(ProblemCodes.CorrectionSetNeedsField, "Setting fields needs at least one of title, subtitle, byline, authors.");
                return correction with
                {
                    Item = RefOf(item),
                    Title = Changed(request.Title, item.Title),
                    Subtitle = Changed(request.Subtitle, item.Subtitle),
                    Byline = Changed(request.Byline, item.Byline),
                    Authors = request.Authors is { } authors && authors.Trim() != string.Join(' ', item.Authors.Select(a => a.Name))
                        ? authors.Split([' ', ',', '，', '、', '\u3000'], StringSplitOptions.RemoveEmptyEntries)
                        : null,
                };
            default:
                if (request.Paper is null && request.Date is null && request.Page is null)
                    throw Bad(ProblemCodes.CorrectionPageNeedsField, "Setting the page needs at least one of paper, date, page.");
                if (request.Date is { } date && !DateOnly.TryParseExact(date, "yyyy-MM-dd", out _))
                    throw Bad(ProblemCodes.CorrectionDateInvalid, "date is written yyyy-MM-dd.");
                return correction with { Paper = request.Paper?.Trim(), Date = request.Date, Page = request.Page?.Trim() };
        }
    }

    /// <summary>A form sends every field; only those changed count, so a later correction of another field is not undone by this one.</summary>
    private static string? Changed(string? value, string? now) => value is null || value.Trim() == (now ?? "") ? null : value;

    private static string FindParagraph(PageState state, Article? item, string? hash)
    {
        if (hash is null)
            throw Bad(ProblemCodes.CorrectionParagraphMissing, "Name the paragraph (paragraph: its hash as the page view gives it).");
        var candidates = item is null ? state.Cut.SelectMany(a => a.Paragraphs) : item.Paragraphs;
        return candidates.FirstOrDefault(p => ParagraphRef.HashOf(p) == hash) ?? throw Bad(ProblemCodes.CorrectionParagraphUnknown, "That paragraph is not on the page (or not in that item).");
    }

    private static ItemRef RefOf(PageState state, int ordinal) =>
        state.Cut.FirstOrDefault(a => a.Ordinal == ordinal) is { } target ? RefOf(target) : throw Bad(ProblemCodes.CorrectionItemUnknown, $"The page has no item {ordinal}.", ("item", ordinal));

    private static ItemRef RefOf(Article article) =>
        new(article.Title, article.Paragraphs.Count > 0 ? ParagraphRef.Of(article.Paragraphs[0]) : null);

    private static int NextOrdinal(PageState state) =>
        new[] { CorrectionApplier.NextOrdinal(state.Segmented), CorrectionApplier.NextOrdinal(state.Cut), (state.Corrections?.Corrections.Max(c => c.NewOrdinal) ?? 0) + 1 }.Max();

    private static CorrectionFailure Bad(ProblemCode code, string message, params (string Name, object? Value)[] values) => new(code, message, values);

    private static Article ToArticle(Index.Schema.StoredArticle article) => new()
    {
        Ordinal = article.Ordinal,
        Title = article.Title,
        Subtitle = article.Subtitle,
        Byline = article.Byline,
        Authors = article.Authors,
        Kind = Enum.TryParse<ArticleKind>(article.Kind, true, out var kind) ? kind : ArticleKind.Article,
        Paragraphs = article.Body.Split('\n', StringSplitOptions.RemoveEmptyEntries),
    };
}
