namespace ArchiveSearch.Archive.Segmentation;

/// <summary>
/// The registry of line rules. Shape rules are tried in order and the first that matches decides; context rules
/// then look at the neighbours, in order, each over the whole page from top to bottom.
/// </summary>
public static class LineRules
{
    /// <summary>The rule that decides a line no other rule claims.</summary>
    public static readonly LineRule Prose = new("prose", LineKind.Body, "any other line is text", _ => true);

    /// <summary>The name of the rule for the label line that opens one profile of a feature.</summary>
    public const string ProfileLabelRule = "profile-label";

    public static readonly IReadOnlyList<LineRule> Shape =
    [
        new("furniture-word", LineKind.Furniture, "a label of the page's furniture (核心提示, 编者按)", SegmentationLexicon.FurnitureWords.Contains),
        new("design-credit", LineKind.Furniture, "the page's design and editing credits (责任编辑：…)", LineShapes.IsDesignCredit),
        new("masthead-or-contents", LineKind.Furniture, "a masthead line or a contents entry", LineShapes.IsMastheadOrContents),
        new("section-label", LineKind.Furniture, "the name of the page's section (要闻, 综合新闻)", SegmentationLexicon.SectionNames.Contains),
        new(ProfileLabelRule, LineKind.Heading, "a name and what the profile under it is about (◆ 孙德明：村口的“义务修车铺”)", LineShapes.IsProfileLabel),
        new("column-label", LineKind.ColumnLabel, "a label with its pinyin or a bullet", LineShapes.IsColumnLabel),
        new("box-label", LineKind.ColumnLabel, "the label of a box beside the articles (相关链接)", LineShapes.IsBoxLabel),
        new("photo-credit", LineKind.PhotoCredit, "names followed by 摄", Credits.IsPhotoCredit),
        new("standalone-byline", LineKind.Byline, "a byline on a line of its own", Credits.IsStandaloneByline),
        new("end-credit", LineKind.EndCredit, "names that close an article", Credits.IsEndCredit),
        new("kicker-dash", LineKind.Kicker, "opens with a dash", LineShapes.IsKicker),
        new("picture-label", LineKind.Caption, "图为…, 图①…", LineShapes.IsPictureLabel),
        new("about-the-author", LineKind.Body, "(作者系…) closes an essay", LineShapes.IsAboutTheAuthor),
        new("heading-shape", LineKind.Heading, "short, no sentence punctuation", LineShapes.IsHeadingLike),
        new("one-sentence-caption", LineKind.Caption, "one short sentence without a clause break", LineShapes.IsOneSentenceCaption),
        Prose,
    ];

    /// <summary>A line that looked like a heading but continues the sentence before it starts with a clause this short.</summary>
    private const int MaxContinuationClause = 4;

    public static readonly IReadOnlyList<ContextRule> Context =
    [
        new("heading-continues-sentence", LineKind.Heading, LineKind.Body,
            "a short line between paragraphs whose next line opens with a clause of a few characters (…结构 / 减排。)", HeadingContinuesText),
        new("overline", LineKind.EndCredit, LineKind.Heading,
            "two short words that are not people's names, right above a headline (新学期 新校园)", IsOverline),
        new("line-above-report-opening", LineKind.Body, LineKind.Heading,
            "a short line without closing punctuation right above a paragraph opened by 本报讯 or a dateline (元旦，藏族空姐上蓝天)", IsLineAboveReportOpening),
        new("speaker-label", LineKind.EndCredit, LineKind.SpeakerLabel,
            "bare names between paragraphs, followed by text without a byline: a vox-pop's speaker (个体户 赵刚)", IsSpeakerLabel),
    ];

    public static IEnumerable<string> Names => Shape.Select(r => r.Name).Concat(Context.Select(r => r.Name));

    /// <summary>The shape rule that decides the line's kind.</summary>
    public static LineRule Classify(string line)
    {
        foreach (var rule in Shape)
        {
            if (rule.Matches(line))
                return rule;
        }

        return Prose;
    }

    /// <summary>
    /// After a paragraph that breaks off, or before one that ends at once, a short unpunctuated line is a wrapped
    /// sentence, not a sub-headline: a sub-head is followed by a paragraph (建起一条链子 / 种得好，…).
    /// </summary>
    private static bool HeadingContinuesText(IReadOnlyList<Block> blocks, int i)
    {
        if (i == 0 || i + 1 >= blocks.Count)
            return false;
        if (blocks[i - 1].Kind != LineKind.Body || blocks[i + 1].Kind != LineKind.Body || blocks[i + 1].IsVerse)
            return false;
        var next = blocks[i + 1].Text;
        var clause = next.IndexOfAny(['。', '，', ',', '；', ';', '！', '？']);
        if (clause is <= 0 or > MaxContinuationClause)
            return false;
        return !LineShapes.EndsSentence(blocks[i - 1].Text) || next[clause] is '。' or '！' or '？';
    }

    /// <summary>
    /// A report's opening byline starts an item, so the short unpunctuated line right above it ends no sentence of
    /// the item before: it is the report's headline, though a comma kept it from a headline's shape.
    /// </summary>
    private static bool IsLineAboveReportOpening(IReadOnlyList<Block> blocks, int i) =>
        i + 1 < blocks.Count
        && blocks[i].Text.Length <= MaxHeadlineWithComma
        && !blocks[i].IsVerse
        && blocks[i].Text.IndexOfAny(['。', '！', '？', '；', '：', '“', '”']) < 0
        && blocks[i + 1].Kind == LineKind.Body
        && Credits.OpensReportText(blocks[i + 1].Text);

    /// <summary>A headline with a comma in it is short; a longer line above a report is text.</summary>
    private const int MaxHeadlineWithComma = 24;

    private static bool IsOverline(IReadOnlyList<Block> blocks, int i) =>
        Credits.IsBareNames(blocks[i].Text)
        && !Credits.StartsWithSurnames(blocks[i].Text)
        && i + 1 < blocks.Count
        && blocks[i + 1].Kind == LineKind.Heading;

    /// <summary>
    /// Bare names after text of the running item and before more text with no byline of its own; after a headline
    /// or a byline they are that item's credit.
    /// </summary>
    private static bool IsSpeakerLabel(IReadOnlyList<Block> blocks, int i)
    {
        if (!Credits.IsBareNames(blocks[i].Text) || i + 1 >= blocks.Count)
            return false;
        if (blocks[i + 1] is not { Kind: LineKind.Body } next || (!next.IsVerse && Credits.InlineByline(next.Text) is not null))
            return false;
        for (var j = i - 1; j >= 0; j--)
        {
            switch (blocks[j].Kind)
            {
                case LineKind.Body or LineKind.SpeakerLabel:
                    return true;
                case LineKind.Heading or LineKind.Kicker or LineKind.Byline:
                    return false;
            }
        }

        return false;
    }
}
