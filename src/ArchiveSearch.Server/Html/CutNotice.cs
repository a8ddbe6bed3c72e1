using System.Text;
using ArchiveSearch.Index.Permalinks;
using ArchiveSearch.Index.Schema;

namespace ArchiveSearch.Server.Html;

/// <summary>
/// The notice on the page of an article whose cut the segmenter is unsure of: 切分待核, each reason in Chinese,
/// and a link to its page to check the cut against.
/// </summary>
public static class CutNotice
{
    /// <summary>The reasons in Chinese, by the code of the cut rule that gives them.</summary>
    private static readonly Dictionary<string, string> ReasonWords = new(StringComparer.Ordinal)
    {
        ["joined-across-blocks"] = "有段落跨过其他文字块，与后面的文字接成了一段",
        ["caption-inside-body"] = "正文中夹有图片说明或摄影署名",
        ["text-inside-caption"] = "图片说明与一句断开的正文接在了一起",
        ["opens-mid-sentence"] = "有段落以别处断开的句子的末尾开头",
        ["late-headline"] = "标题印在开头几段之后，已移到它们上方",
        ["unclosed-ending"] = "正文结尾没有句末标点，可能缺了后文",
        ["byline-without-headline"] = "一处没有署名的标题与一处没有标题的署名相邻，可能被分开了",
        ["text-without-headline"] = "一段既无标题也无署名的文字，夹在两篇之间",
        ["two-credits"] = "出现了两处署名，可能混入了另一篇",
        ["unusual-length"] = "篇幅与其类型不相称",
        ["paragraph-of-a-neighbour"] = "有一段的用词与相邻的一篇相合，与本篇不合，可能属于相邻那篇",
        ["paragraph-in-a-neighbour"] = "相邻一篇中有一段的用词与本篇相合，可能是本篇的段落",
        ["sentence-end-in-next-item"] = "下一篇以一句话的末尾开头，这句话可能始于本篇",
        ["paragraph-breaks-off"] = "正文中有一段没有句末标点就断开了",
        ["opening-of-a-neighbour"] = "标题下的文字与标题不合，却与相邻一篇的用词相合，可能是那篇的段落",
        ["opening-in-a-neighbour"] = "相邻一篇标题下的文字与本篇用词相合，可能是本篇的段落",
        ["person-new-in-brief"] = "简讯后面一段提到一个标题和首段都没有提到的人，可能属于相邻一篇",
        ["person-in-a-neighbour"] = "相邻简讯中有一段提到的人可能属于本篇",
        ["sentence-end-in-this-item"] = "上一篇结尾没有句末标点，本篇有一段与上一篇用词相合，可能是那句话的后半",
        ["byline-between-texts"] = "本篇正文后的署名下面紧接着一段无标题文字，署名可能属于那段文字",
        ["names-of-a-neighbour"] = "有一段提到的人名、地名或机构名本篇别处都没有，相邻一篇却有，可能属于相邻那篇",
        ["names-in-a-neighbour"] = "相邻一篇中有一段提到本篇的人名、地名或机构名，那篇别处却没有，可能是本篇的段落",
        ["unvoiced-in-interview"] = "访谈的一段回答与下一个提问之间有一段不以说话人开头，用词更合相邻一篇，可能属于那篇",
        ["unvoiced-in-a-neighbour"] = "相邻访谈的一段回答与下一个提问之间有一段不以说话人开头，用词更合本篇，可能是本篇的段落",
    };

    /// <summary>The notice's HTML, or "" when the cut is sure.</summary>
    public static string Render(StoredArticle article)
    {
        if (article.Cut.Verdict != Verdicts.Unsure)
            return "";
        var html = new StringBuilder();
        html.Append("<aside class=\"cut-notice\" role=\"note\" aria-labelledby=\"cut-notice-heading\">\n")
            .Append("<h2 id=\"cut-notice-heading\">切分待核</h2>\n")
            .Append("<p>这篇文章是从版面自动切分出来的，以下迹象表明切分可能有误：</p>\n<ul class=\"cut-reasons\">\n");
        foreach (var reason in article.Cut.Reasons)
        {
            html.Append("<li data-rule=\"").Append(HtmlText.Escape(reason.Rule)).Append("\">")
                .Append(HtmlText.Escape(ReasonWords.GetValueOrDefault(reason.Rule, reason.Words)));
            if (reason.Detail is { Length: > 0 } detail)
                html.Append("：<q>").Append(HtmlText.Escape(detail)).Append("</q>");
            html.Append("</li>\n");
        }

        html.Append("</ul>\n");
        if (article.PageKey is { Length: > 0 } key)
            html.Append("<p><a class=\"check-page\" href=\"").Append(HtmlText.Escape(ArticleLinks.PageUrl(key) + "#a" + article.Ordinal))
                .Append("\">对照整版核对切分</a></p>\n");
        html.Append("</aside>\n");
        return html.ToString();
    }
}
