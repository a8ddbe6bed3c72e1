using ArchiveSearch.Archive.Articles;

namespace ArchiveSearch.Archive.Segmentation;

/// <summary>
/// Article assembly: one pass over a page's classified blocks, in order, that opens, extends and closes
/// articles, briefs and photos, recording why each one was started.
/// </summary>
internal sealed class ArticleAssembly(List<Block> blocks, Action<string, string, Block> record)
{
    private readonly List<ArticleDraft> done = [];
    private readonly List<ArticleDraft> photosAfterCurrent = [];
    private readonly List<Block> captions = [];
    private ArticleDraft? current;
    private bool columnLabelSeen;

    /// <summary>The index of the block being assembled.</summary>
    private int position;
    private ArticleKind? columnKind;

    public IReadOnlyList<Article> Run()
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            position = i;
            var block = blocks[i];
            if (block.Kind != LineKind.Caption && block.Kind != LineKind.PhotoCredit)
                SettleUncreditedCaptions();
            switch (block.Kind)
            {
                case LineKind.ColumnLabel:
                    columnLabelSeen = true;
                    columnKind = ColumnKind(block.Text);
                    break;
                case LineKind.Furniture:
                    break;
                case LineKind.Heading or LineKind.Kicker:
                    i = Headings(i) - 1;
                    break;
                case LineKind.Byline:
                    Byline(block);
                    break;
                case LineKind.SpeakerLabel:
                    Body(block);
                    break;
                case LineKind.EndCredit:
                    if (current is not null)
                    {
                        record("end-credit", "closes the item", block);
                        current.AddCredit(block.Text, photo: false);
                        current.Extend(block);
                        current.Closed = true;
                    }

                    break;
                case LineKind.Caption:
                    captions.Add(block);
                    if (block.Credit is not null)
                        PhotoCredit(block, block.Credit);
                    break;
                case LineKind.PhotoCredit:
                    PhotoCredit(block, block.Text);
                    break;
                default:
                    Body(block);
                    break;
            }
        }

        SettleUncreditedCaptions();
        Flush();
        var articles = new List<Article>(done.Count);
        // A headline with no text under it (a masthead, a label read as a heading) is not an article.
        foreach (var draft in done.Where(d => d.Body.Count > 0))
            articles.Add(draft.ToArticle(articles.Count + 1));
        return articles;
    }

    /// <summary>
    /// A caption with its photo credit starts at <paramref name="i"/> and no text follows them: a headline
    /// before it titles the photo. When text follows, the headline is a sub-head of the running article and
    /// the photo sits inside it.
    /// </summary>
    private bool PhotoFollows(int i)
    {
        int after;
        if (i >= blocks.Count)
            return false;
        if (blocks[i].Kind == LineKind.PhotoCredit)
            after = i + 1;
        else if (blocks[i].Kind is LineKind.Caption or LineKind.Body && blocks[i].Credit is not null && blocks[i].CreditIsPhoto)
            after = i + 1;
        else if (blocks[i].Kind is LineKind.Caption or LineKind.Body && i + 1 < blocks.Count && blocks[i + 1].Kind == LineKind.PhotoCredit)
            after = i + 2;
        else
            return false;
        return after >= blocks.Count || blocks[after].Kind is not LineKind.Body || blocks[after].Byline is not null;
    }

    /// <summary>Takes the run of headings and kickers at <paramref name="i"/>; returns the index after it.</summary>
    private int Headings(int i)
    {
        var end = i;
        while (end < blocks.Count && blocks[end].Kind is LineKind.Heading or LineKind.Kicker)
            end++;
        var run = blocks.GetRange(i, end - i);
        var next = end < blocks.Count ? blocks[end] : null;
        var hasKicker = run.Any(b => b.Kind == LineKind.Kicker);
        var bylineFollows = next is not null && (next.Kind == LineKind.Byline || next.Byline is not null);
        // A report opened by 本报讯 or a dateline has no sub-heads: a headline after its finished text is the next item's.
        var afterReport = current is { Byline: { } b, Kickers.Count: 0 } && current.HasText && Credits.OpensReport(b) && LineShapes.EndsSentence(current.Body[^1]);
        var reason = current is null ? "first-headline"
            : current.Closed ? "after-closing-credit"
            : columnLabelSeen ? "after-column-label"
            : hasKicker ? "headline-with-kicker"
            : bylineFollows ? "byline-follows-headline"
            : afterReport ? "headline-after-finished-report"
            : SignedByOthersBelow(end) ? "headline-of-item-signed-by-others"
            : PhotoFollows(end) ? "headline-over-photo"
            : null;
        var startsArticle = reason is not null;

        if (current is not null && current.AwaitsHeadline)
        {
            // A byline or an editor's note printed above the headline it belongs to.
            record("headline-below-byline", "titles the item above", run[0]);
            AddHeadings(current, run);
        }
        else if (!startsArticle && current!.Body.Count == 0 && current.Kickers.Count == 0)
        {
            // The headline went on after a line break or a photo.
            record("headline-goes-on", "continues the headline", run[0]);
            AddHeadings(current, run);
        }
        else if (startsArticle)
        {
            record(reason!, "starts an item", run[0]);
            Flush();
            current = new ArticleDraft(run[0].Start) { ColumnKind = hasKicker ? null : columnKind };
            AddHeadings(current, run);
        }
        else
        {
            // A sub-head of the running feature: kept as a paragraph of its text.
            record("sub-head", "kept in the running item's text", run[0]);
            current!.HasSubHeads = true;
            foreach (var subhead in run)
            {
                current!.Body.Add(subhead.Text);
                current.Extend(subhead);
            }
        }

        columnLabelSeen = false;
        return end;
    }

    /// <summary>
    /// After a signed item whose text has ended, the text under a headline closes with a credit naming other people
    /// (本报评论员 司南 … / … 本报记者 路遥): the headline opens an item of its own, not a sub-head of the signed one.
    /// </summary>
    private bool SignedByOthersBelow(int k)
    {
        // A feature with a kicker or sub-heads may close with the names of more contributors.
        if (current is not { Byline: { } byline, HasText: true, HasSubHeads: false, Kickers.Count: 0 } || !LineShapes.EndsSentence(current.Body[^1]))
            return false;
        var signers = Credits.People(byline).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var text = false;
        for (; k < blocks.Count; k++)
        {
            var block = blocks[k];
            string? credit = null;
            switch (block.Kind)
            {
                case LineKind.Body when block.Byline is not null:
                    return false;
                case LineKind.Body:
                    text = true;
                    credit = block.Credit is not null && !block.CreditIsPhoto ? block.Credit : null;
                    break;
                case LineKind.Byline or LineKind.EndCredit when text:
                    credit = block.Text;
                    break;
                case LineKind.Caption or LineKind.PhotoCredit or LineKind.SpeakerLabel or LineKind.Furniture:
                    break;
                default:
                    return false;
            }

            if (credit is not null)
            {
                var people = Credits.People(credit);
                return people.Count > 0 && people.All(p => !signers.Contains(p.Name));
            }
        }

        return false;
    }

    /// <summary>What a column's label says about its items: 快讯 and the like hold briefs, 图说 photos.</summary>
    private static ArticleKind? ColumnKind(string label) =>
        SegmentationLexicon.PhotoColumnWords.Any(label.Contains) ? ArticleKind.Photo
        : SegmentationLexicon.BriefColumnWords.Any(label.Contains) ? ArticleKind.Brief
        : null;

    /// <summary>Headline lines and kickers; a heading after the kicker is the feature's first sub-head.</summary>
    private static void AddHeadings(ArticleDraft draft, List<Block> run)
    {
        foreach (var block in run)
        {
            if (block.Kind == LineKind.Kicker)
                draft.Kickers.Add(block.Text);
            else if (draft.Kickers.Count > 0)
                draft.Body.Add(block.Text);
            else
                draft.Headings.Add(block.Text);
            draft.Extend(block);
        }
    }

    private void Byline(Block block)
    {
        // 本报讯 opens a report; any other byline after the text is the article's closing credit.
        var opensItem = block.Text.StartsWith(SegmentationLexicon.ReportOpening, StringComparison.Ordinal);
        if (current is not null && current.HasText && !opensItem && !columnLabelSeen)
        {
            // After the text, a byline is the article's closing credit.
            record("byline-after-text", "closes the item", block);
            current.AddCredit(block.Text, photo: false);
            current.Extend(block);
            current.Closed = true;
            return;
        }

        if (current is null || current.Closed || current.Byline is not null || current.HasText)
        {
            record("byline-opens-item", "starts an item", block);
            Flush();
            current = new ArticleDraft(block.Start) { ColumnKind = columnKind };
        }

        current.AddByline(block.Text);
        current.Extend(block);
    }

    private void Body(Block block)
    {
        // 本报讯 opens a new item even without a headline of its own, and an editor's note introduces the
        // article after it.
        var opensItem = (block.Byline is not null || ArticleDraft.IsEditorsNote(block.Text) || columnLabelSeen) && current is not null && current.Body.Count > 0;
        // The note about the author may follow the closing signature.
        var closingNote = current is { Closed: true } && LineShapes.IsAboutTheAuthor(block.Text);
        if (current is null || (current.Closed && !closingNote) || opensItem)
        {
            record(current is null ? "first-text" : opensItem ? "paragraph-opens-item" : "text-after-closing-credit", "starts an item", block);
            Flush();
            current = new ArticleDraft(block.Start) { ColumnKind = columnLabelSeen ? columnKind : null };
        }

        columnLabelSeen = false;

        if (block.Byline is not null)
            current.AddByline(block.Byline);
        if (block.Text.Length > 0)
            current.Body.Add(block.Text);
        current.Extend(block);
        // (作者系…): the note about the author that ends an essay.
        if (LineShapes.IsAboutTheAuthor(block.Text))
            current.Closed = true;
        if (block.Credit is not null)
        {
            if (block.CreditIsPhoto)
            {
                PhotoCredit(block, block.Credit);
            }
            else
            {
                current.AddCredit(block.Credit, photo: false);
                current.Closed = true;
            }
        }
    }

    /// <summary>
    /// A photo credit: it credits the running article when that is a headlined story without a byline of
    /// its own (a photo story); otherwise the caption before it is a photo item of its own.
    /// </summary>
    private void PhotoCredit(Block block, string credit)
    {
        // Labelled captions (图①为…) show the story's pictures. An unlabelled caption after a headlined item
        // that has text of its own (a box, a sidebar) is a photo of its own.
        var storysPhoto = captions.Count > 0
            ? current?.Body.Count == 0 || captions.All(c => LineShapes.IsPictureLabel(c.Text))
            : current?.Body.Count <= 1;
        if (storysPhoto && current is { HasText: true } && captions.Count > 0 && ArticleTextFollows())
        {
            // Text before the photo and text after it: the photo stands inside the article, an item of its own.
            record("photo-inside-article", "the article's text goes on after the photo", block);
            storysPhoto = false;
        }

        if (current is { Closed: false, Byline: null } && current.Headings.Count > 0 && storysPhoto)
        {
            record("photo-story", "credits the headlined story's photo", block);
            foreach (var caption in captions)
            {
                current.Body.Add(caption.Text);
                current.Extend(caption);
            }

            captions.Clear();
            current.AddCredit(credit, photo: true);
            current.Extend(block);
            current.Closed = true;
            return;
        }

        record("photo-of-its-own", "caption and credit make a photo item", block);
        var photo = new ArticleDraft(block.Start) { IsPhoto = true };
        if (captions.Count > 0)
        {
            foreach (var caption in captions)
            {
                photo.Body.Add(caption.Text);
                photo.Extend(caption);
            }

            captions.Clear();
        }
        else if (current is { Body.Count: > 0 })
        {
            // The caption was read as the last paragraph of the running article.
            photo.Body.Add(current.Body[^1]);
            current.Body.RemoveAt(current.Body.Count - 1);
        }

        photo.Extend(block);
        photo.AddCredit(credit, photo: true);
        photo.IsPhoto = true;
        if (current is null || current.IsEmpty)
            done.Add(photo);
        else
            photosAfterCurrent.Add(photo);
    }

    /// <summary>The block after the photo credit is more text of the running article, with no byline or headline of its own.</summary>
    private bool ArticleTextFollows() =>
        position + 1 < blocks.Count && blocks[position + 1] is { Kind: LineKind.Body, IsVerse: false, Byline: null } next && !ArticleDraft.IsEditorsNote(next.Text);

    /// <summary>Captions that no credit followed: picture labels stay with a photo story, others are photos of their own.</summary>
    private void SettleUncreditedCaptions()
    {
        foreach (var caption in captions)
        {
            record("uncredited-caption", "a photo item of its own", caption);
            var photo = new ArticleDraft(caption.Start) { IsPhoto = true };
            photo.Body.Add(caption.Text);
            photo.Extend(caption);
            photosAfterCurrent.Add(photo);
        }

        captions.Clear();
    }

    private void Flush()
    {
        if (current is not null)
            done.Add(current);
        done.AddRange(photosAfterCurrent);
        photosAfterCurrent.Clear();
        current = null;
    }
}
