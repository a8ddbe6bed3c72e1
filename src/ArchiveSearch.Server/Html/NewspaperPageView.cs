using System.Globalization;
using System.Text;
using ArchiveSearch.Archive.Articles;
using ArchiveSearch.Archive.Corrections;
using ArchiveSearch.Index.Permalinks;
using ArchiveSearch.Index.Schema;
using ArchiveSearch.Server.Corrections;

namespace ArchiveSearch.Server.Html;

/// <summary>
/// A whole newspaper page in printed order: every block of every item marked and labelled (each item outlined,
/// headlines, bylines, paragraphs, captions and credits told apart, lines in no item shown as page furniture), the
/// article the reader came from highlighted, the page's corrections as its history, and for an archivist the forms
/// that correct the cut.
/// </summary>
public static class NewspaperPageView
{
    public static string Render(ArchivePage page, PageState? state, PageViewer viewer, string? currentId = null)
    {
        var first = page.First;
        var items = state?.Cut ?? [];
        var current = currentId is not null && currentId.StartsWith(page.Key + "-", StringComparison.Ordinal)
                      && int.TryParse(currentId.AsSpan(page.Key.Length + 1), CultureInfo.InvariantCulture, out var o) ? o : (int?)null;
        var html = new StringBuilder();
        html.Append("<h1 tabindex=\"-1\">").Append(HtmlText.Escape(ArticleMeta.PageLine(first) is { Length: > 0 } line ? line : "版面")).Append("</h1>\n")
            .Append("<p class=\"meta\">").Append(items.Count).Append(" 篇，按印刷顺序");
        if (first.Date is { } date && !string.IsNullOrEmpty(first.Paper))
        {
            var day = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var browse = $"/?from={day}&to={day}&paper={Uri.EscapeDataString(first.Paper)}";
            html.Append(" · <a class=\"same-day\" href=\"").Append(HtmlText.Escape(browse)).Append("\">当天本报全部文章</a>");
        }

        html.Append("</p>\n");
        Account(html, page, viewer);
        if (state?.Text is null)
            html.Append("<p class=\"notice\">页面文件现在读不到，按文章顺序显示，不含版面其他文字。</p>\n");
        var unfit = state?.Outcomes.Where(x => !x.Applied).ToList() ?? [];
        if (unfit.Count > 0)
        {
            html.Append("<p class=\"notice unfit\" role=\"status\">本版有 ").Append(unfit.Count).Append(" 处校正保留但未应用：")
                .Append(HtmlText.Escape(string.Join("；", unfit.Select(x => $"#{x.Correction.Id} {CorrectionProblem.DescribeInChinese(x.Problem!)}")))).Append("。</p>\n");
        }

        html.Append("<p class=\"legend\" aria-label=\"图例\">")
            .Append(string.Concat(new[] { BlockRole.Headline, BlockRole.Byline, BlockRole.Heading, BlockRole.Paragraph, BlockRole.Caption, BlockRole.Credit, BlockRole.Furniture }
                .Select(r => $"<span class=\"tag role-{RoleClass(r)}\">{Label(r)}</span>"))).Append("</p>\n");

        var blocks = PrintedOrder.Of(state?.Text, items);
        var byOrdinal = items.ToDictionary(a => a.Ordinal);
        var seen = new HashSet<int>();
        html.Append("<ol class=\"printed-page\">\n");
        foreach (var run in Runs(blocks))
        {
            if (run[0].Ordinal is not { } ordinal)
            {
                html.Append("<li class=\"outside\">\n");
                foreach (var block in run)
                    Block(html, block);
                html.Append("</li>\n");
                continue;
            }

            var item = byOrdinal[ordinal];
            var firstRun = seen.Add(ordinal);
            html.Append("<li class=\"item kind-").Append(item.Kind.ToString().ToLowerInvariant()).Append(ordinal == current ? " current" : "").Append('"')
                .Append(firstRun ? $" id=\"a{ordinal}\"" : "").Append(ordinal == current ? " aria-current=\"true\"" : "").Append(" data-ordinal=\"").Append(ordinal).Append("\">\n")
                .Append("<p class=\"item-label\"><span class=\"item-number\">").Append(ordinal).Append("</span> ").Append(KindLabel(item.Kind)).Append(" · <a href=\"")
                .Append(HtmlText.Escape(ArticleLinks.Url(ArticleId.For(page.Key, ordinal)))).Append("\">").Append(HtmlText.Escape(item.Title)).Append("</a>")
                .Append(firstRun ? "" : "（续）").Append("</p>\n");
            foreach (var block in run)
            {
                Block(html, block);
                if (viewer.MayCorrect && block.Role is BlockRole.Paragraph or BlockRole.Heading or BlockRole.Caption)
                    ParagraphForms(html, page.Key, viewer, item, block.Text, items);
            }

            if (viewer.MayCorrect && firstRun)
                ItemForms(html, page.Key, viewer, item, items);
            html.Append("</li>\n");
        }

        html.Append("</ol>\n");
        History(html, page.Key, state, viewer);
        if (viewer.MayCorrect)
            PageForm(html, page.Key, viewer, first);
        return html.ToString();
    }

    private static void Account(StringBuilder html, ArchivePage page, PageViewer viewer)
    {
        html.Append("<p class=\"account\">");
        if (viewer.Name is null)
        {
            html.Append("<a class=\"signin-link\" href=\"/signin?returnUrl=").Append(HtmlText.Escape(Uri.EscapeDataString(ArticleLinks.PageUrl(page.Key))))
                .Append("\">登录</a>后档案员可校正本版切分。");
        }
        else if (!viewer.MayCorrect)
        {
            // Who is signed in, and the sign-out button, are in the site header.
            html.Append("只有档案员可以校正本版切分。");
        }

        html.Append("</p>\n");
    }

    private static IEnumerable<List<PrintedBlock>> Runs(IReadOnlyList<PrintedBlock> blocks)
    {
        var run = new List<PrintedBlock>();
        foreach (var block in blocks)
        {
            if (run.Count > 0 && run[0].Ordinal != block.Ordinal)
            {
                yield return run;
                run = [];
            }

            run.Add(block);
        }

        if (run.Count > 0)
            yield return run;
    }

    private static void Block(StringBuilder html, PrintedBlock block)
    {
        if (block.Role == BlockRole.Heading)
        {
            html.Append(SectionHeading.Render(HtmlText.Escape(block.Text)));
            return;
        }

        var tag = block.Role == BlockRole.Headline ? "h2" : "p";
        html.Append('<').Append(tag).Append(" class=\"block role-").Append(RoleClass(block.Role)).Append("\"><span class=\"tag\">").Append(Label(block.Role))
            .Append("</span> ").Append(HtmlText.Escape(block.Text)).Append("</").Append(tag).Append(">\n");
    }

    private static void ParagraphForms(StringBuilder html, string key, PageViewer viewer, Article item, string paragraph, IReadOnlyList<Article> items)
    {
        var hash = ParagraphRef.HashOf(paragraph);
        html.Append("<details class=\"fix\"><summary>校正此段</summary>\n");
        if (item.Paragraphs.Count > 0 && item.Paragraphs[0] != paragraph)
        {
            Open(html, key, viewer, "split", CorrectionKind.Split, item.Ordinal).Append(Hidden("paragraph", hash))
                .Append(Why()).Append("<button type=\"submit\">从此段起另成一篇</button></form>\n");
        }

        Open(html, key, viewer, "move", CorrectionKind.Move, item.Ordinal).Append(Hidden("paragraph", hash))
            .Append("<label>移到 ").Append(Targets(item, items, "不属于任何文章")).Append("</label>")
            .Append(Why()).Append("<button type=\"submit\">移动此段</button></form>\n</details>\n");
    }

    private static void ItemForms(StringBuilder html, string key, PageViewer viewer, Article item, IReadOnlyList<Article> items)
    {
        html.Append("<details class=\"fix item-fix\"><summary>校正这篇</summary>\n");
        if (items.Count > 1)
        {
            Open(html, key, viewer, "merge", CorrectionKind.Merge, item.Ordinal)
                .Append("<label>把 ").Append(Targets(item, items, null)).Append(" 并入本篇</label>")
                .Append(Why()).Append("<button type=\"submit\">合并</button></form>\n");
        }

        Open(html, key, viewer, "set", CorrectionKind.Set, item.Ordinal)
            .Append(Field("标题", "title", item.Title)).Append(Field("副题", "subtitle", item.Subtitle)).Append(Field("署名", "byline", item.Byline))
            .Append(Field("作者（空格分隔）", "authors", string.Join(' ', item.Authors.Select(a => a.Name))))
            .Append(Why()).Append("<button type=\"submit\">保存</button></form>\n");
        if (!string.IsNullOrEmpty(item.Byline))
        {
            Open(html, key, viewer, "move-credit", CorrectionKind.MoveCredit, item.Ordinal)
                .Append(Field("署名或图片来源（原文）", "credit", item.Byline))
                .Append("<label>移到 ").Append(Targets(item, items, "不属于任何文章")).Append("</label>")
                .Append(Why()).Append("<button type=\"submit\">移动署名</button></form>\n");
        }

        html.Append("</details>\n");
    }

    private static void PageForm(StringBuilder html, string key, PageViewer viewer, StoredArticle first)
    {
        html.Append("<section class=\"page-fix\" aria-labelledby=\"page-fix-heading\"><h2 id=\"page-fix-heading\">版面信息</h2>\n");
        Open(html, key, viewer, "page", CorrectionKind.Page, null)
            .Append(Field("报名", "paper", first.Paper)).Append(Field("日期（yyyy-MM-dd）", "date", first.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))
            .Append(Field("版次", "page", first.Page)).Append(Why()).Append("<button type=\"submit\">保存</button></form>\n</section>\n");
    }

    private static void History(StringBuilder html, string key, PageState? state, PageViewer viewer)
    {
        var corrections = state?.Corrections?.Corrections ?? [];
        html.Append("<section class=\"history\" aria-labelledby=\"history-heading\"><h2 id=\"history-heading\">校正记录</h2>\n");
        if (corrections.Count == 0)
        {
            html.Append("<p class=\"meta\">本版尚无校正。</p>\n</section>\n");
            return;
        }

        html.Append("<ol class=\"corrections\">\n");
        foreach (var correction in corrections.OrderByDescending(c => c.Id))
        {
            var outcome = state!.Outcomes.FirstOrDefault(x => x.Correction.Id == correction.Id);
            var status = correction.Undone is { } undo ? $"已撤销（{undo.By}，{Time(undo.At)}）"
                : outcome?.Applied == true ? "已应用"
                : "未应用：" + CorrectionProblem.DescribeInChinese(outcome?.Problem ?? CorrectionProblem.NotPossible);
            html.Append("<li class=\"correction").Append(correction.IsActive ? "" : " undone").Append("\" data-id=\"").Append(correction.Id).Append("\">#")
                .Append(correction.Id).Append(' ').Append(HtmlText.Escape(KindText(correction.Kind))).Append(" · ").Append(HtmlText.Escape(correction.By)).Append(" · ")
                .Append(Time(correction.At));
            if (correction.Why is { } why)
                html.Append(" · 原因：").Append(HtmlText.Escape(why));
            html.Append(" · <span class=\"status\">").Append(HtmlText.Escape(status)).Append("</span>");
            if (viewer.MayCorrect && correction.IsActive)
            {
                html.Append("<form class=\"undo\" method=\"post\" action=\"/pages/").Append(HtmlText.Escape(key)).Append("/corrections/undo\">").Append(Token(viewer))
                    .Append(Hidden("id", correction.Id.ToString(CultureInfo.InvariantCulture))).Append("<button type=\"submit\">撤销</button></form>");
            }

            html.Append("</li>\n");
        }

        html.Append("</ol>\n</section>\n");
    }

    private static StringBuilder Open(StringBuilder html, string key, PageViewer viewer, string cssClass, string kind, int? item)
    {
        html.Append("<form class=\"fix-form ").Append(cssClass).Append("\" method=\"post\" action=\"/pages/").Append(HtmlText.Escape(key)).Append("/corrections\">")
            .Append(Token(viewer)).Append(Hidden("kind", kind));
        if (item is { } ordinal)
            html.Append(Hidden("item", ordinal.ToString(CultureInfo.InvariantCulture)));
        return html;
    }

    private static string Targets(Article item, IReadOnlyList<Article> items, string? outside)
    {
        var options = new StringBuilder("<select name=\"target\">");
        if (outside is not null)
            options.Append("<option value=\"0\">").Append(outside).Append("</option>");
        foreach (var other in items.Where(a => a.Ordinal != item.Ordinal))
            options.Append("<option value=\"").Append(other.Ordinal).Append("\">").Append(other.Ordinal).Append(' ').Append(HtmlText.Escape(Shorten(other.Title))).Append("</option>");
        return options.Append("</select>").ToString();
    }

    private static string Field(string label, string name, string? value) =>
        $"<label>{label} <input name=\"{name}\" value=\"{HtmlText.Escape(value ?? "")}\" maxlength=\"500\"></label>";

    private static string Why() => "<label>原因 <input name=\"why\" maxlength=\"500\"></label>";

    private static string Token(PageViewer viewer) => Hidden("__RequestVerificationToken", viewer.Token ?? "");

    private static string Hidden(string name, string value) => $"<input type=\"hidden\" name=\"{name}\" value=\"{HtmlText.Escape(value)}\">";

    private static string Shorten(string title) => title.Length <= 20 ? title : title[..20] + "…";

    private static string Time(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    private static string KindLabel(ArticleKind kind) => kind switch
    {
        ArticleKind.Brief => "简讯",
        ArticleKind.Photo => "图片",
        _ => "文章",
    };

    private static string KindText(string kind) => kind switch
    {
        CorrectionKind.Split => "拆分",
        CorrectionKind.Merge => "合并",
        CorrectionKind.Move => "移动段落",
        CorrectionKind.MoveCredit => "移动署名",
        CorrectionKind.Set => "修改标题署名",
        CorrectionKind.Page => "修改版面信息",
        _ => kind,
    };

    private static string Label(BlockRole role) => role switch
    {
        BlockRole.Headline => "标题",
        BlockRole.Subtitle => "副题",
        BlockRole.Byline => "署名",
        BlockRole.Heading => SectionHeading.Label,
        BlockRole.Paragraph => "正文",
        BlockRole.Caption => "图片说明",
        BlockRole.Credit => "图片署名",
        _ => "版面其他文字",
    };

    private static string RoleClass(BlockRole role) => role.ToString().ToLowerInvariant();
}
