using System.Text.RegularExpressions;
using ArchiveSearch.Archive.Articles;
using ArchiveSearch.Archive.Segmentation;
using ArchiveSearch.Index.Schema;
using ArchiveSearch.Server.Html;

namespace ArchiveSearch.Server.Tests.Html;

/// <summary>The notice 切分待核 on an unsure article's page gives every reason in Chinese, whichever rule gave it.</summary>
public sealed class CutNoticeTests
{
    [Fact]
    public void Every_cut_rule_gives_its_reason_in_Chinese_on_the_notice()
    {
        Assert.All(CutRules.All, rule =>
        {
            var article = new StoredArticle("a1", "p1", 1, "brief", "桥头社区开办老年食堂", null, null, [], "正文。", null, null, null, null)
            {
                Cut = new StoredCut(Verdicts.Unsure, [new CutReason(rule.Code, rule.Words)]),
            };

            var html = CutNotice.Render(article);

            var item = Regex.Match(html, $"<li data-rule=\"{Regex.Escape(rule.Code)}\">(.*?)</li>").Groups[1].Value;
            Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", item);
            Assert.DoesNotContain(rule.Words, item);
        });
    }
}
