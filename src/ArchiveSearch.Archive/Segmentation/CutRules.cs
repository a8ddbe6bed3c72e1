using System.Text.RegularExpressions;
using ArchiveSearch.Archive.Articles;

namespace ArchiveSearch.Archive.Segmentation;

/// <summary>
/// The registry of cut rules: each looks at one item and the decisions made inside it, and names a sign that the
/// item may hold text of another or miss text of its own. An item is unsure when any rule finds its sign.
/// </summary>
public static partial class CutRules
{
    /// <summary>Longer captions than this are text of an article read as a photo's.</summary>
    private const int MaxCaptionLength = 150;

    /// <summary>A brief shorter than this is a fragment of another item.</summary>
    private const int MinBriefLength = 30;

    /// <summary>A caption shorter than this is the end of a sentence read as one.</summary>
    private const int MinCaptionLength = 12;

    /// <summary>A sentence this short opening a paragraph ends a sentence begun elsewhere (稳定。县粮食…).</summary>
    private const int MaxSentenceTail = 4;

    /// <summary>A paragraph shorter than this is not placed in another item by the words it shares.</summary>
    private const int MinPlacedParagraph = 30;

    /// <summary>How much of a text a reason quotes.</summary>
    private const int QuotedLength = 24;

    public static readonly IReadOnlyList<CutRule> All =
    [
        new("joined-across-blocks", "a paragraph was joined with text printed after other blocks", JoinedAcrossBlocks),
        new("caption-inside-body", "a photo caption or credit stands inside the text", CaptionInsideBody),
        new("text-inside-caption", "a caption was joined with text that goes on from a broken sentence", TextInsideCaption),
        new("opens-mid-sentence", "a paragraph opens with the last words of a sentence broken off elsewhere", OpensMidSentence),
        new("late-headline", "the headline was printed after the first paragraphs and moved above them", LateHeadline),
        new("unclosed-ending", "the text ends without closing punctuation", UnclosedEnding),
        new("byline-without-headline", "a headline without a byline and a byline without a headline stand next to each other", BylineWithoutHeadline),
        new("text-without-headline", "text with neither headline nor byline, left over between items", TextWithoutHeadline),
        new("two-credits", "two credits name the item's authors", TwoCredits),
        new("unusual-length", "a length unusual for its kind", UnusualLength),
        new("paragraph-of-a-neighbour", "a paragraph shares the words of the item next to it, not of this one", ParagraphOfANeighbour),
        new("paragraph-in-a-neighbour", "a paragraph printed in the item next to it shares this item's words, not that one's", ParagraphInANeighbour),
        new("sentence-end-in-next-item", "the next item opens with the bare end of a sentence, which may have begun in this one", SentenceEndInNextItem),
        new("paragraph-breaks-off", "a paragraph inside the text stops without closing punctuation", ParagraphBreaksOff),
        new("opening-of-a-neighbour", "the text under the headline shares the words of the item next to it, not the headline's", OpeningOfANeighbour),
        new("opening-in-a-neighbour", "the text under the next item's headline shares this item's words, not that headline's", OpeningInANeighbour),
        new("person-new-in-brief", "a later paragraph of a brief names a person its headline and opening never mention", PersonNewInBrief),
        new("person-in-a-neighbour", "the brief next to it names, in a later paragraph, a person who may belong to this item", PersonInANeighbour),
        new("sentence-end-in-this-item", "the item before ends mid-sentence, and a paragraph here shares its words more than this item's", SentenceEndInThisItem),
        new("byline-between-texts", "the byline after this item's text is followed by text without a headline, which it may open", BylineBetweenTexts),
        new("names-of-a-neighbour", "a paragraph names people, places or organisations that the rest of the item never names and the item next to it does, and shares that item's words more", NamesOfANeighbour),
        new("names-in-a-neighbour", "the item next to it holds a paragraph naming people, places or organisations of this item that the rest of that item never names, and sharing this item's words more", NamesInANeighbour),
        new("unvoiced-in-interview", "a paragraph between an answer and the next question of an interview opens with no speaker and shares the words of the item beside it more", UnvoicedInInterview),
        new("unvoiced-in-a-neighbour", "the interview next to it holds, between an answer and the next question, a paragraph that opens with no speaker and shares this item's words more", UnvoicedInANeighbour),
    ];

    /// <summary>The reasons to doubt the item's cut, one per rule that finds its sign, in the registry's order.</summary>
    public static IReadOnlyList<CutReason> Assess(CutEvidence evidence)
    {
        var reasons = new List<CutReason>();
        foreach (var rule in All)
        {
            if (rule.Find(evidence) is { } detail)
                reasons.Add(new CutReason(rule.Code, rule.Words, detail.Length == 0 ? null : Quote(detail)));
        }

        return reasons;
    }

    /// <summary>
    /// A paragraph joined with text printed after other blocks, when the text it took shares no words with the rest of
    /// the item: the word or pair of words that chose the join is all that holds them together.
    /// </summary>
    private static string? JoinedAcrossBlocks(CutEvidence e) =>
        e.All("reading-order", "continues-across-blocks").Select(d => d.Text).FirstOrDefault(join => !JoinedTextBelongs(e, join));

    /// <summary>Whether the text a join appended shares words with the rest of its item (title and other text).</summary>
    private static bool JoinedTextBelongs(CutEvidence e, string join)
    {
        var appended = JoinedPart(join) ?? "";
        var rest = e.Article.Title + string.Concat(e.Article.Paragraphs).Replace(appended, "", StringComparison.Ordinal);
        return TextCohesion.Shared(appended, rest) >= TextCohesion.MinShared;
    }

    /// <summary>
    /// Whether the two halves of a sentence joined past a caption read on as one: it broke at a comma, a word or a
    /// known pair of words spans the join, or the second half shares words with the rest of the item.
    /// </summary>
    private static bool JoinReadsOn(CutEvidence e, string join)
    {
        var bar = join.IndexOf('|');
        if (bar < 0)
            return false;
        var (tail, appended) = (join[..bar], join[(bar + 1)..]);
        if (tail.Length > 0 && tail[^1] is '，' or '、' or ',')
            return true;
        return WordJoins.Shared.Judge(tail, appended).IsPlausible || JoinedTextBelongs(e, join);
    }

    /// <summary>
    /// A caption that wrap repair stepped over (so it was taken for one), a photo found inside the running text,
    /// or a photo credit cut from the end of a paragraph of a text item.
    /// </summary>
    private static string? CaptionInsideBody(CutEvidence e)
    {
        // A line that ends with a photo credit, joined into a sentence as if it went on from it.
        if (e.Decisions.FirstOrDefault(d => d.Pass == "wraps" && JoinedPart(d.Text) is { } joined && Credits.TrailingCredit(joined) is { IsPhoto: true }) is { } spliced)
            return spliced.Text;
        if (e.Article.Kind == ArticleKind.Photo)
            return null;
        // A caption stepped over by wrap repair is doubted only when the sentence's halves do not read on as one.
        return e.Decisions.FirstOrDefault(d =>
            (d is { Pass: "wraps", Rule: "sentence-continues-past-caption" } && !JoinReadsOn(e, d.Text))
            || d is { Pass: "assembly", Rule: "photo-inside-article" } or { Pass: "credits", Rule: "trailing-photo-credit" })?.Text;
    }

    /// <summary>The text a join decision appended (after its bar), or null when it is no join.</summary>
    private static string? JoinedPart(string decisionText) => decisionText.IndexOf('|') is >= 0 and var bar ? decisionText[(bar + 1)..] : null;

    /// <summary>An untitled photo whose caption wrap repair or reading-order repair joined with other text.</summary>
    private static string? TextInsideCaption(CutEvidence e) =>
        e.Article.Kind == ArticleKind.Photo && e.HasDerivedTitle
            ? e.Decisions.FirstOrDefault(d => d is { Pass: "wraps" or "reading-order", Outcome: "joined" } || d.Rule == "continues-across-blocks" || d is { Pass: "credits", Rule: "inline-byline" })?.Text
            : null;

    private static string? OpensMidSentence(CutEvidence e)
    {
        return e.Article.Paragraphs.FirstOrDefault(p => BareSentenceEnd(p) is not null);
    }

    /// <summary>The item after this one (a photo's caption too) opens with the bare end of a sentence (应收尽收。).</summary>
    private static string? SentenceEndInNextItem(CutEvidence e) =>
        e.Article.Kind != ArticleKind.Photo && e.Next is { Paragraphs.Count: > 0 } next && BareSentenceEnd(next.Paragraphs[0]) is { } end ? end : null;

    /// <summary>A sentence of a few characters with no clause mark opening the text: the end of a sentence begun elsewhere.</summary>
    private static string? BareSentenceEnd(string paragraph)
    {
        var end = paragraph.IndexOf('。');
        return end is > 0 && end <= MaxSentenceTail && paragraph.IndexOfAny(ClauseMarks, 0, end) < 0 ? paragraph[..(end + 1)] : null;
    }

    private static readonly char[] ClauseMarks = ['，', '“', '”', '：', '、', '\n'];

    /// <summary>
    /// A headline moved above its report's opening, when that opening shares no words with the headline and the text
    /// under it: the opening may be another report's.
    /// </summary>
    private static string? LateHeadline(CutEvidence e) =>
        e.All("reading-order", "late-headline").Select(d => d.Text).FirstOrDefault(_ => !OpeningBelongs(e.Article));

    private static bool OpeningBelongs(Article article) =>
        article.Paragraphs.Count > 0 && ArticlePairs.Of(article).SharedWithRest(0) >= TextCohesion.MinShared;

    /// <summary>
    /// A paragraph after the first that shares the words of a neighbouring item (a report's, not a photo's) and not
    /// this item's: a paragraph of the neighbour printed in this item's column.
    /// </summary>
    private static string? ParagraphOfANeighbour(CutEvidence e)
    {
        if (e.Article.Kind == ArticleKind.Photo)
            return null;
        foreach (var neighbour in Neighbours(e))
        {
            if (StrayParagraph(e.Article, neighbour) is { } stray)
                return stray;
        }

        return null;
    }

    /// <summary>The other side of <see cref="ParagraphOfANeighbour"/>: a neighbour holds a paragraph that shares this item's words.</summary>
    private static string? ParagraphInANeighbour(CutEvidence e)
    {
        if (e.Article.Kind == ArticleKind.Photo)
            return null;
        foreach (var neighbour in Neighbours(e))
        {
            if (StrayParagraph(neighbour, e.Article) is { } stray)
                return stray;
        }

        return null;
    }

    /// <summary>The items right before and after this one that are no photo: words shared across a photo are too often chance.</summary>
    private static IEnumerable<Article> Neighbours(CutEvidence e) =>
        new[] { e.Previous, e.Next }.OfType<Article>().Where(a => a.Kind != ArticleKind.Photo);

    /// <summary>The nearest items on either side that are no photo: a caption printed between two items parts no text of theirs.</summary>
    private static IEnumerable<Article> TextNeighbours(CutEvidence e) =>
        new[] { e.PreviousText, e.NextText }.OfType<Article>();

    private static string TextOf(Article article) => article.Title + string.Concat(article.Paragraphs);

    /// <summary>
    /// The only text under a printed headline (its first paragraph, when the headline's words and the other
    /// paragraphs' are not in it) shares the words of a neighbouring item: a paragraph of that neighbour printed
    /// between this headline and its own text, with the text under the byline cut off as another item.
    /// </summary>
    private static string? OpeningOfANeighbour(CutEvidence e) =>
        e.Article.Kind == ArticleKind.Photo ? null : TextNeighbours(e).Select(n => StrayOpening(e.Article, n)).FirstOrDefault(p => p is not null);

    /// <summary>The other side of <see cref="OpeningOfANeighbour"/>: a neighbour's opening shares this item's words.</summary>
    private static string? OpeningInANeighbour(CutEvidence e) =>
        e.Article.Kind == ArticleKind.Photo ? null : TextNeighbours(e).Select(n => StrayOpening(n, e.Article)).FirstOrDefault(p => p is not null);

    private static string? StrayOpening(Article holder, Article other)
    {
        if (holder.Paragraphs.Count == 0 || CutEvidence.IsDerivedTitle(holder))
            return null;
        var opening = holder.Paragraphs[0];
        if (opening.Length < MinPlacedParagraph || opening.Contains('\n'))
            return null;
        return ArticlePairs.Of(holder).BelongsElsewhere(0, ArticlePairs.Of(other)) ? opening : null;
    }

    /// <summary>A paragraph long enough to be placed by its words: a question, a stanza or a note about the author says too little.</summary>
    private static bool IsPlaceable(string paragraph) =>
        paragraph.Length >= MinPlacedParagraph && !paragraph.Contains('\n') && !LineShapes.IsAboutTheAuthor(paragraph);

    /// <summary>
    /// A brief tells one thing: a later paragraph that introduces a person by name whom neither its headline nor its
    /// opening mentions is more likely a paragraph of the report beside it, printed in the brief's column.
    /// </summary>
    private static string? PersonNewInBrief(CutEvidence e) => NewPerson(e.Article)?.Paragraph;

    /// <summary>A shorter paragraph (a one-line quote of a passer-by) says too little to be told apart by sharing no words.</summary>
    private const int MinPersonParagraph = 40;

    private static (string Paragraph, string Person)? NewPerson(Article brief)
    {
        if (brief.Kind != ArticleKind.Brief || brief.Paragraphs.Count < 2)
            return null;
        var lead = brief.Title + brief.Paragraphs[0];
        for (var i = 1; i < brief.Paragraphs.Count; i++)
        {
            var paragraph = brief.Paragraphs[i];
            // A brief's own witness speaks of its topic: the paragraph shares its words.
            if (IsPlaceable(paragraph) && paragraph.Length >= MinPersonParagraph && PersonMentions.Unmentioned(paragraph, lead) is { } person
                && ArticlePairs.Of(brief).SharedWithRest(i) == 0)
                return (paragraph, person);
        }

        return null;
    }

    /// <summary>
    /// The other side of <see cref="PersonNewInBrief"/>: a neighbouring brief's paragraph names a person whom this item
    /// mentions, or shares words with this item, or shares words with neither the brief nor this item (then any
    /// item beside the brief may be the one it came from).
    /// </summary>
    private static string? PersonInANeighbour(CutEvidence e)
    {
        if (e.Article.Kind == ArticleKind.Photo)
            return null;
        var own = TextOf(e.Article);
        foreach (var neighbour in TextNeighbours(e))
        {
            if (NewPerson(neighbour) is not { } found)
                continue;
            var briefRest = neighbour.Title + string.Concat(neighbour.Paragraphs.Where(p => !ReferenceEquals(p, found.Paragraph)));
            if (own.Contains(found.Person, StringComparison.Ordinal) || TextCohesion.Shared(found.Paragraph, own) > 0 || TextCohesion.Shared(found.Paragraph, briefRest) == 0)
                return found.Paragraph;
        }

        return null;
    }

    /// <summary>
    /// The item before ends without closing punctuation, and a paragraph after this item's first shares more words
    /// with that item than with the rest of this one: the end of its broken sentence, printed in this item.
    /// </summary>
    private static string? SentenceEndInThisItem(CutEvidence e)
    {
        if (e.Article.Kind == ArticleKind.Photo || e.PreviousText is not { Paragraphs.Count: > 0 } previous || !EndsUnclosed(previous))
            return null;
        var before = ArticlePairs.Of(previous);
        var a = e.Article;
        var pairs = ArticlePairs.Of(a);
        for (var i = 1; i < a.Paragraphs.Count; i++)
        {
            var paragraph = a.Paragraphs[i];
            if (paragraph.Contains('\n'))
                continue;
            var shared = pairs.SharedWith(i, before);
            if (shared >= TextCohesion.MinShared && shared > pairs.SharedWithRest(i))
                return paragraph;
        }

        return null;
    }

    private static bool EndsUnclosed(Article article)
    {
        var last = article.Paragraphs[^1];
        return !last.Contains('\n') && !LineShapes.EndsSentence(last) && !IsDateLine(last) && !LineShapes.IsHeadingLike(last);
    }

    /// <summary>
    /// A byline printed after this headlined item's text, and right after it text with neither headline nor byline:
    /// the byline may open that text, and the text above it be another item's, printed under this headline.
    /// </summary>
    private static string? BylineBetweenTexts(CutEvidence e) =>
        e.Article.Kind != ArticleKind.Photo && !e.HasDerivedTitle && e.Has("assembly", "byline-after-text")
        && e.Next is { Kind: not ArticleKind.Photo, Byline: null } next && CutEvidence.IsDerivedTitle(next)
            ? e.Article.Byline ?? ""
            : null;

    /// <summary>
    /// A paragraph after the first whose people, places and organisations the rest of the item never names, while
    /// a neighbouring item (no photo) names one of them: a paragraph of that neighbour printed in this item's column.
    /// Unlike the rules that read shared words, one common word the paragraph shares with this item (本市, 发展) does
    /// not hide it; names are what tell one report's topic from another's.
    /// </summary>
    private static string? NamesOfANeighbour(CutEvidence e) =>
        e.Article.Kind == ArticleKind.Photo ? null : TextNeighbours(e).Select(n => ParagraphNamingOther(e.Article, n)).FirstOrDefault(p => p is not null);

    /// <summary>The other side of <see cref="NamesOfANeighbour"/>: a neighbour holds a paragraph naming what this item names.</summary>
    private static string? NamesInANeighbour(CutEvidence e) =>
        e.Article.Kind == ArticleKind.Photo ? null : TextNeighbours(e).Select(n => ParagraphNamingOther(n, e.Article)).FirstOrDefault(p => p is not null);

    /// <summary>
    /// An interview speaks in turns, each opened by its speaker (记者：, 苏立言：): a paragraph after an answer and
    /// before the next question that no speaker opens, and that shares more words with an item beside the interview
    /// than with the interview, is text of that item printed in its column. An answer need not be labelled (问：…
    /// then the answer) and may run on for paragraphs, so what tells the stray text apart is the item it reads with.
    /// </summary>
    private static string? UnvoicedInInterview(CutEvidence e) =>
        e.Article.Kind == ArticleKind.Photo ? null : TextNeighbours(e).Select(n => UnvoicedParagraph(e.Article, n)).FirstOrDefault(p => p is not null);

    /// <summary>The other side of <see cref="UnvoicedInInterview"/>: the interview beside this item holds a paragraph that reads with this item.</summary>
    private static string? UnvoicedInANeighbour(CutEvidence e) =>
        e.Article.Kind == ArticleKind.Photo ? null : TextNeighbours(e).Select(n => UnvoicedParagraph(n, e.Article)).FirstOrDefault(p => p is not null);

    /// <summary>Fewer turns than this make no interview: a report may quote two people in that form.</summary>
    private const int MinInterviewTurns = 4;

    private static string? UnvoicedParagraph(Article interview, Article beside)
    {
        var speakers = interview.Paragraphs.Select(p => SpeakerTurn().Match(p) is { Success: true } m ? m.Value : null).ToList();
        if (speakers.Count(s => s is not null) < MinInterviewTurns)
            return null;
        // Whoever speaks first asks the questions.
        var asker = speakers.First(s => s is not null);
        var pairs = ArticlePairs.Of(interview);
        var besidePairs = ArticlePairs.Of(beside);
        for (var i = 1; i + 1 < interview.Paragraphs.Count; i++)
        {
            if (speakers[i] is not null || speakers[i - 1] is not { } before || before == asker || speakers[i + 1] != asker)
                continue;
            if (pairs.SharedWith(i, besidePairs) > pairs.SharedWithRest(i))
                return interview.Paragraphs[i];
        }

        return null;
    }

    /// <summary>A turn of an interview: a speaker's name or role, then a colon (记者：, 网友：, 魏长青：).</summary>
    [GeneratedRegex(@"^[\p{IsCJKUnifiedIdeographs}A-Za-z]{1,6}[：:]")]
    private static partial Regex SpeakerTurn();

    /// <summary>The word of a commentator's byline (本报评论员).</summary>
    private const string CommentatorWord = "评论员";

    /// <summary>The people, places and organisations a text names, each by the two characters that key its name.</summary>
    private static HashSet<string> Names(string text)
    {
        var names = new HashSet<string>(PersonMentions.In(text), StringComparer.Ordinal);
        names.UnionWith(PlaceMentions.In(text));
        return names;
    }

    /// <summary>
    /// A paragraph of <paramref name="holder"/> (not its first) that names something <paramref name="other"/> names
    /// and nothing the rest of the holder names, and shares more words with the other item than with the holder.
    /// </summary>
    private static string? ParagraphNamingOther(Article holder, Article other)
    {
        // A commentary cites the places of the reports beside it (高唐县织起农村科普网…) as its examples.
        if (holder.Byline?.Contains(CommentatorWord, StringComparison.Ordinal) == true)
            return null;
        var otherText = TextOf(other);
        var pairs = ArticlePairs.Of(holder);
        var otherPairs = ArticlePairs.Of(other);
        for (var i = 1; i < holder.Paragraphs.Count; i++)
        {
            var paragraph = holder.Paragraphs[i];
            if (!IsPlaceable(paragraph) || Names(paragraph) is not { Count: > 0 } names || !names.Any(n => otherText.Contains(n, StringComparison.Ordinal)))
                continue;
            // The rest of the holder is built only for the few paragraphs that name what the other item names.
            var own = holder.Title + string.Concat(holder.Paragraphs.Where((_, k) => k != i));
            if (names.Any(n => own.Contains(n, StringComparison.Ordinal)))
                continue;
            // A report's own paragraph on a place its neighbour also reports on still speaks of the report's topic.
            if (pairs.SharedWith(i, otherPairs) > pairs.SharedWithRest(i))
                return paragraph;
        }

        return null;
    }

    /// <summary>A paragraph of <paramref name="holder"/> (not its first) that shares the words of <paramref name="other"/> and not the holder's.</summary>
    private static string? StrayParagraph(Article holder, Article other)
    {
        var (pairs, others) = (ArticlePairs.Of(holder), ArticlePairs.Of(other));
        for (var i = 1; i < holder.Paragraphs.Count; i++)
        {
            var paragraph = holder.Paragraphs[i];
            // A question, a stanza or a note about the author says too little of its topic to be placed by its words.
            if (paragraph.Length < MinPlacedParagraph || paragraph.Contains('\n') || LineShapes.IsAboutTheAuthor(paragraph))
                continue;
            if (pairs.BelongsElsewhere(i, others))
                return paragraph;
        }

        return null;
    }

    /// <summary>
    /// A paragraph before the item's last that stops without closing punctuation and is no sub-head: a sentence whose
    /// end was printed in another item, or whose other half is missing.
    /// </summary>
    private static string? ParagraphBreaksOff(CutEvidence e)
    {
        if (e.Article.Kind == ArticleKind.Photo)
            return null;
        return e.Article.Paragraphs.Take(e.Article.Paragraphs.Count - 1).FirstOrDefault(p =>
            !p.Contains('\n') && !LineShapes.IsHeadingLike(p) && !LineShapes.EndsSentence(p) && !IsDateLine(p) && !LineShapes.IsSourceNote(p) && Credits.TrailingCredit(p) is null);
    }

    private static string? UnclosedEnding(CutEvidence e)
    {
        if (e.Article.Kind == ArticleKind.Photo || e.Article.Paragraphs.Count == 0)
            return null;
        var last = e.Article.Paragraphs[^1];
        return last.Contains('\n') || LineShapes.EndsSentence(last) || IsDateLine(last) ? null : last[^Math.Min(last.Length, 12)..];
    }

    /// <summary>
    /// An untitled item opened by a byline right after a headlined item without one (or that headlined item): the
    /// headline and its report were parted by text printed between them.
    /// </summary>
    private static string? BylineWithoutHeadline(CutEvidence e)
    {
        static bool Untitled(Article a) => a.Kind != ArticleKind.Photo && a.Byline is not null && CutEvidence.IsDerivedTitle(a);
        static bool Unsigned(Article a) => a.Kind != ArticleKind.Photo && a.Byline is null && !CutEvidence.IsDerivedTitle(a);
        if (Untitled(e.Article) && e.Previous is { } previous && Unsigned(previous))
            return e.Article.Byline;
        return Unsigned(e.Article) && e.Next is { } next && Untitled(next) ? next.Byline : null;
    }

    private static string? TextWithoutHeadline(CutEvidence e) =>
        e.Article.Kind != ArticleKind.Photo && e.HasDerivedTitle && e.Article.Byline is null ? e.Article.Title : null;

    /// <summary>A notice signs off with its date (2024年6月14日), without punctuation.</summary>
    private static bool IsDateLine(string paragraph) => DateLine().IsMatch(paragraph);

    [GeneratedRegex(@"^\d{4}年\d{1,2}月\d{1,2}日$")]
    private static partial Regex DateLine();

    /// <summary>More than one byline or closing credit (photo credits aside): two items' credits in one.</summary>
    private static string? TwoCredits(CutEvidence e)
    {
        var credits = e.Decisions.Where(d =>
            d is { Pass: "credits", Rule: "inline-byline" or "trailing-credit" }
            || (d.Pass == "classification" && d.Outcome is nameof(LineKind.Byline) or nameof(LineKind.EndCredit))).ToList();
        // 本报讯 alone names nobody: it opens the report whose credit follows.
        credits.RemoveAll(c => Credits.People(c.Text).Count == 0);
        return credits.Count >= 2 ? string.Join(" / ", credits.Select(c => c.Text)) : null;
    }

    private static string? UnusualLength(CutEvidence e) => e.Article.Kind switch
    {
        ArticleKind.Photo when e.HasDerivedTitle && (e.BodyLength > MaxCaptionLength || e.BodyLength < MinCaptionLength) => $"{e.BodyLength}",
        ArticleKind.Brief when e.BodyLength < MinBriefLength => $"{e.BodyLength}",
        _ => null,
    };

    private static string Quote(string text)
    {
        var line = text.Replace('\n', ' ');
        return line.Length <= QuotedLength ? line : line[..QuotedLength] + "…";
    }
}
