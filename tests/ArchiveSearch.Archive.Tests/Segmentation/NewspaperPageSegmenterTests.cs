using ArchiveSearch.Archive.Articles;
using ArchiveSearch.Archive.Segmentation;

namespace ArchiveSearch.Archive.Tests.Segmentation;

/// <summary>Short pages, each showing one rule of how a page is cut into articles.</summary>
public sealed class NewspaperPageSegmenterTests
{
    private static IReadOnlyList<Article> Split(params string[] lines) => new NewspaperPageSegmenter().Split(string.Join("\n\n", lines));

    private const string Para1 = "今年以来，河口镇围绕特色农业做文章，蔬菜大棚面积扩大到三千亩，带动两千余户农民增收。";
    private const string Para2 = "镇党委书记介绍，下一步将建设冷链物流中心，让蔬菜卖得更远、卖上好价。";

    [Fact]
    public void A_headline_followed_by_a_byline_starts_an_article()
    {
        var articles = Split("河口镇蔬菜大棚扩至三千亩", "本报记者 章明", Para1, Para2, "山前村修通致富路", "本报讯(通讯员 齐悦)村里新修的水泥路今天通车，全长八公里。");

        Assert.Equal(2, articles.Count);
        Assert.Equal(("河口镇蔬菜大棚扩至三千亩", "本报记者 章明"), (articles[0].Title, articles[0].Byline));
        Assert.Equal([Para1, Para2], articles[0].Paragraphs);
        Assert.Equal(new Author("章明", "记者"), Assert.Single(articles[0].Authors));
        Assert.Equal(("山前村修通致富路", "本报讯(通讯员 齐悦)"), (articles[1].Title, articles[1].Byline));
        Assert.Equal("村里新修的水泥路今天通车，全长八公里。", Assert.Single(articles[1].Paragraphs));
    }

    [Fact]
    public void A_two_line_headline_gives_title_and_subtitle_and_a_kicker_joins_the_subtitle()
    {
        var article = Assert.Single(Split("大棚里的春天", "——河口镇发展特色农业纪实", "本报记者 章明", Para1));

        Assert.Equal("大棚里的春天", article.Title);
        Assert.Equal("河口镇发展特色农业纪实", article.Subtitle);
    }

    [Fact]
    public void A_headline_placed_after_the_byline_still_titles_the_article()
    {
        var article = Assert.Single(Split("本报记者 章明", "大棚里的春天", Para1, Para2));

        Assert.Equal(("大棚里的春天", "本报记者 章明"), (article.Title, article.Byline));
    }

    [Fact]
    public void Sub_heads_of_a_feature_stay_inside_it()
    {
        var article = Assert.Single(Split("大棚里的春天", "本报记者 章明", Para1, "科技助农 效益倍增", Para2));

        Assert.Equal([Para1, "科技助农 效益倍增", Para2], article.Paragraphs);
    }

    [Fact]
    public void A_sentence_broken_across_lines_is_joined_but_never_into_a_heading()
    {
        var article = Assert.Single(Split("大棚里的春天", "本报记者 章明", "今年以来，河口镇围绕特色农业做文章，蔬菜大", "棚面积扩大到三千亩。", "科技助农 效益倍增", Para2));

        Assert.Equal(["今年以来，河口镇围绕特色农业做文章，蔬菜大棚面积扩大到三千亩。", "科技助农 效益倍增", Para2], article.Paragraphs);
    }

    [Fact]
    public void A_photo_caption_between_two_halves_of_a_sentence_becomes_a_photo_and_the_sentence_is_whole()
    {
        var articles = Split("大棚里的春天", "本报记者 章明", "今年以来，河口镇围绕特色农业做文章，蔬菜大", "三月五日，农技员在大棚里查看番茄长势。", "本报通讯员 齐悦 摄", "棚面积扩大到三千亩。");

        Assert.Equal(2, articles.Count);
        Assert.Equal("今年以来，河口镇围绕特色农业做文章，蔬菜大棚面积扩大到三千亩。", Assert.Single(articles[0].Paragraphs));
        Assert.Equal(ArticleKind.Photo, articles[1].Kind);
        Assert.Equal("三月五日，农技员在大棚里查看番茄长势。", articles[1].Body);
        Assert.Equal(new Author("齐悦", "摄影"), Assert.Single(articles[1].Authors));
    }

    [Fact]
    public void A_credit_at_the_end_of_the_text_is_the_byline_and_closes_the_article()
    {
        var articles = Split("大棚里的春天", Para1, "镇里还将建设冷链物流中心。本报记者 章明", "山前村修通致富路", Para2);

        Assert.Equal(2, articles.Count);
        Assert.Equal("本报记者 章明", articles[0].Byline);
        Assert.Equal("镇里还将建设冷链物流中心。", articles[0].Paragraphs[^1]);
        Assert.Equal("山前村修通致富路", articles[1].Title);
    }

    [Fact]
    public void Two_names_at_the_end_are_credits_but_a_four_character_pair_is_a_sub_head()
    {
        var article = Assert.Single(Split("大棚里的春天", "——河口镇发展特色农业纪实", Para1, "科技助农 效益倍增", Para2, "章明 齐悦"));

        Assert.Contains("科技助农 效益倍增", article.Paragraphs);
        Assert.Equal(["章明", "齐悦"], article.Authors.Select(a => a.Name));
    }

    [Fact]
    public void Names_followed_by_more_text_label_a_speaker_in_a_vox_pop_and_do_not_close_the_article()
    {
        var articles = Split(
            "老旧小区改造 居民怎么说", "本报记者 林晓雨", Para1,
            "个体户 赵刚", "改造期间施工噪音有点大，但大家都能理解。",
            "社区主任 周丽", "今年年底前完成全部改造，明年再推进加装电梯。",
            "山前村修通致富路", "本报讯 记者章明报道 " + Para2);

        Assert.Equal(2, articles.Count);
        Assert.Equal("本报记者 林晓雨", articles[0].Byline);
        Assert.Equal(["林晓雨"], articles[0].Authors.Select(a => a.Name));
        Assert.Equal([Para1, "个体户 赵刚", "改造期间施工噪音有点大，但大家都能理解。", "社区主任 周丽", "今年年底前完成全部改造，明年再推进加装电梯。"], articles[0].Paragraphs);
        Assert.Equal("山前村修通致富路", articles[1].Title);
    }

    [Fact]
    public void Names_after_the_last_paragraph_still_close_the_article_when_a_headline_follows()
    {
        var articles = Split("大棚里的春天", Para1, "章明 齐悦", "山前村修通致富路", Para2);

        Assert.Equal(2, articles.Count);
        Assert.Equal(["章明", "齐悦"], articles[0].Authors.Select(a => a.Name));
        Assert.Equal([Para1], articles[0].Paragraphs);
    }

    [Fact]
    public void Two_words_above_a_headline_are_its_overline_unless_they_are_names()
    {
        var overline = Split("大棚里的春天", "本报讯 记者章明报道 " + Para1, "新学期 新校园", "我市9所新建改扩建学校投用", "本报讯（记者 于晴）" + Para2);
        Assert.Equal(2, overline.Count);
        Assert.Equal("本报讯 记者章明报道", overline[0].Byline);
        Assert.Equal("新学期 新校园 我市9所新建改扩建学校投用", overline[1].Title + " " + overline[1].Subtitle);

        var credit = Split("大棚里的春天", Para1, "石丽萍 聂云舟", "山前村修通致富路", "本报讯 记者章明报道 " + Para2);
        Assert.Equal(["石丽萍", "聂云舟"], credit[0].Authors.Select(a => a.Name));
        Assert.Equal("山前村修通致富路", credit[1].Title);
    }

    [Fact]
    public void Wire_stories_open_with_their_dateline_and_an_agency_photo_credit_makes_a_photo()
    {
        var articles = Split(
            "东盟—中国青年创业大赛在雅加达落幕", "据新华社雅加达9月9日电 " + Para1,
            "9月9日，在印度尼西亚雅加达，参赛选手向评委介绍项目。", "新华社记者 柯文彬 摄",
            "日本8月企业物价指数同比上涨", "新华社东京9月10日电（记者 钱晓舟）" + Para2);

        Assert.Equal(3, articles.Count);
        Assert.Equal(("据新华社雅加达9月9日电", Para1), (articles[0].Byline, articles[0].Paragraphs[0]));
        Assert.Empty(articles[0].Authors);
        Assert.Equal((ArticleKind.Photo, "柯文彬"), (articles[1].Kind, articles[1].Authors.Single().Name));
        Assert.Equal(("新华社东京9月10日电（记者 钱晓舟）", "钱晓舟"), (articles[2].Byline, articles[2].Authors.Single().Name));
    }

    [Fact]
    public void A_headline_after_a_finished_report_starts_the_next_item_which_its_bracketed_name_closes()
    {
        var articles = Split("前三季度全市新设经营主体3.1万户", "本报讯 记者蒙晓东报道 " + Para1, "“沅州油茶”区域品牌亮相广交会", Para2, "（蒙晓东）", "山前村修通致富路", "本报讯 " + Para1);

        Assert.Equal(3, articles.Count);
        Assert.Equal(("“沅州油茶”区域品牌亮相广交会", "（蒙晓东）"), (articles[1].Title, articles[1].Byline));
        Assert.Equal([Para2], articles[1].Paragraphs);
    }

    [Fact]
    public void A_commentary_ends_with_its_signature_and_the_note_about_its_author()
    {
        var articles = Split("以开放合作应对粮食安全挑战", Para1, "(作者单位:沅州大学国际关系学院)", "“预制菜进校园”", Para2, "韦　然", "(作者系沅州大学法学院副教授)");

        Assert.Equal(2, articles.Count);
        Assert.Equal("(作者单位:沅州大学国际关系学院)", articles[0].Paragraphs[^1]);
        Assert.Equal(("韦　然", "韦然"), (articles[1].Byline, articles[1].Authors.Single().Name));
        Assert.Equal([Para2, "(作者系沅州大学法学院副教授)"], articles[1].Paragraphs);
    }

    [Fact]
    public void A_box_label_starts_an_item_of_its_own_and_is_not_text()
    {
        var articles = Split("大棚里的春天", "本报记者 章明", Para1, "相关新闻", "山前村修通致富路", "本报讯 " + Para2, "链接", "河口镇位于青石县东部，是全县蔬菜主产区。");

        Assert.Equal(3, articles.Count);
        Assert.Equal("山前村修通致富路", articles[1].Title);
        Assert.Equal(["河口镇位于青石县东部，是全县蔬菜主产区。"], articles[2].Paragraphs);
        Assert.DoesNotContain(articles, a => a.Paragraphs.Contains("链接") || a.Title == "相关新闻");
    }

    [Fact]
    public void A_source_note_under_a_table_is_not_joined_to_the_next_paragraph()
    {
        var article = Assert.Single(Split("大棚里的春天", "本报记者 章明", Para1, "注:表中“—”为不公布绝对值的指标。数据来源:青石县统计局", Para2));

        Assert.Equal(3, article.Paragraphs.Count);
    }

    [Fact]
    public void An_overline_that_introduces_a_statement_gives_way_to_the_headline_under_it()
    {
        var article = Assert.Single(Split("联合国粮农组织报告显示", "全球粮食价格指数连续两月回落", "新华社罗马9月10日电(记者 黄晓雯 李卓然)" + Para1));

        Assert.Equal(("全球粮食价格指数连续两月回落", "联合国粮农组织报告显示"), (article.Title, article.Subtitle));
        Assert.Equal(["黄晓雯", "李卓然"], article.Authors.Select(a => a.Name));
    }

    [Fact]
    public void Masthead_lines_contents_entries_and_editor_credits_are_not_articles()
    {
        var articles = Split(
            "南屏日报", "NANPING RIBAO", "2024年9月12日 星期四 农历八月初十 第8246期 今日8版", "国内统一连续出版物号 CN 21-0018 邮发代号7-12",
            "大棚里的春天", "本报讯 记者章明报道 " + Para1,
            "今日导读", "与骗子“抢时间”的人 6版", "老屋的门槛 7版", "本版责编：杨帆 美编：钟岚");

        var article = Assert.Single(articles);
        Assert.Equal("大棚里的春天", article.Title);
        Assert.Equal([Para1], article.Paragraphs);
    }

    [Fact]
    public void Notes_that_an_article_continues_on_another_page_are_not_text()
    {
        var article = Assert.Single(Split("大棚里的春天", "本报讯 记者章明报道 " + Para1, "镇里还将建设冷链物流中心，让蔬菜卖得更远。（下转第三版）"));

        Assert.Equal("镇里还将建设冷链物流中心，让蔬菜卖得更远。", article.Paragraphs[^1]);
        Assert.Equal(Para2, Assert.Single(Split("（上接第一版）" + Para2)).Paragraphs[0]);
    }

    [Fact]
    public void A_bulleted_report_in_a_column_of_briefs_is_an_item_of_its_own()
    {
        var articles = Split("县域快讯 XIANYU KUAIXUN", "■本报讯（通讯员 吴桐）" + Para1, "■本报讯 " + Para2);

        Assert.Equal(2, articles.Count);
        Assert.Equal(["本报讯（通讯员 吴桐）", "本报讯"], articles.Select(a => a.Byline));
        Assert.Equal([Para1, Para2], articles.Select(a => a.Paragraphs[0]));
    }

    [Fact]
    public void A_byline_printed_above_its_headline_belongs_to_the_article_below_even_after_a_column_label()
    {
        var articles = Split("大棚里的春天", "本报讯 记者章明报道 " + Para1, "以案说法 YI AN SHUO FA", "本报通讯员 程思雨", "租客退租押金被扣", Para2);

        Assert.Equal(2, articles.Count);
        Assert.Equal("本报讯 记者章明报道", articles[0].Byline);
        Assert.Equal(("租客退租押金被扣", "本报通讯员 程思雨"), (articles[1].Title, articles[1].Byline));

        var afterText = Split("大棚里的春天", "本报讯 记者章明报道 " + Para1, "本报讯 记者彭佳报道", "山前村修通致富路", Para2);
        Assert.Equal(("山前村修通致富路", "本报讯 记者彭佳报道"), (afterText[1].Title, afterText[1].Byline));
        Assert.Equal("本报讯 记者章明报道", afterText[0].Byline);
    }

    [Fact]
    public void A_headline_right_above_a_captioned_photo_titles_the_photo()
    {
        var articles = Split("大棚里的春天", "本报讯 记者章明报道 " + Para1, "稻浪翻金 丰收在望", "9月10日，红旗镇的两千亩水稻进入成熟期，金色的稻田与村庄相映成景。", "许诺 摄");

        Assert.Equal(2, articles.Count);
        Assert.Equal([Para1], articles[0].Paragraphs);
        Assert.Equal((ArticleKind.Photo, "稻浪翻金 丰收在望"), (articles[1].Kind, articles[1].Title));
    }

    [Fact]
    public void An_unlabelled_caption_after_a_headlined_box_is_a_photo_of_its_own()
    {
        var articles = Split("链接", "河口镇", "河口镇位于青石县东部，是全县蔬菜主产区，大棚面积三千亩。", "河口镇村民在大棚里采摘黄瓜。", "本报记者 章明 摄");

        Assert.Equal(2, articles.Count);
        Assert.Equal(("河口镇", ArticleKind.Brief), (articles[0].Title, articles[0].Kind));
        Assert.Equal((ArticleKind.Photo, "本报记者 章明 摄"), (articles[1].Kind, articles[1].Byline));
    }

    [Fact]
    public void A_sub_head_above_a_photo_inside_a_feature_stays_in_the_feature()
    {
        var articles = Split("大棚里的春天", "——河口镇发展特色农业纪实", "本报记者 章明", Para1, "建起一条链子", "河口镇村民在大棚里采摘黄瓜。", "本报记者 章明 摄", Para2);

        Assert.Equal(2, articles.Count);
        Assert.Equal([Para1, "建起一条链子", Para2], articles[0].Paragraphs);
        Assert.Equal(ArticleKind.Photo, articles[1].Kind);
    }

    [Fact]
    public void An_editors_note_introduces_the_article_after_it()
    {
        var articles = Split("大棚里的春天", "本报讯 记者章明报道 " + Para1, "编者按：乡村振兴路上，有许多值得讲述的故事。本版今起推出系列报道，敬请关注。", "山前村修通致富路", "本报记者 章明", Para2);

        Assert.Equal(2, articles.Count);
        Assert.Equal([Para1], articles[0].Paragraphs);
        Assert.Equal("山前村修通致富路", articles[1].Title);
        Assert.StartsWith("编者按", articles[1].Paragraphs[0]);
    }

    [Fact]
    public void An_essay_ends_with_the_note_about_its_author()
    {
        var articles = Split("老屋的门槛", "□ 沈雁秋", Para1, "(作者系南屏市作家协会会员)", "秋夜", "文/顾晚舟", Para2);

        Assert.Equal(2, articles.Count);
        Assert.Equal(("□ 沈雁秋", "(作者系南屏市作家协会会员)"), (articles[0].Byline, articles[0].Paragraphs[^1]));
        Assert.Equal(("秋夜", "文/顾晚舟"), (articles[1].Title, articles[1].Byline));
    }

    [Fact]
    public void Lines_of_verse_stay_lines_and_are_never_joined_to_prose()
    {
        var page = "秋夜\n\n文/顾晚舟\n\n月光落在晒谷场上\n像一层薄薄的霜\n母亲把最后一袋稻子\n扛进了仓房\n\n蛐蛐在墙根下\n一遍遍数着星星\n数到第九十九颗时\n\n全民健身 乐动南屏\n\n本报讯 记者贺一帆报道 " + Para1;
        var articles = new NewspaperPageSegmenter().Split(page);

        Assert.Equal(2, articles.Count);
        Assert.Equal(["月光落在晒谷场上\n像一层薄薄的霜\n母亲把最后一袋稻子\n扛进了仓房", "蛐蛐在墙根下\n一遍遍数着星星\n数到第九十九颗时"], articles[0].Paragraphs);
        Assert.Equal("全民健身 乐动南屏", articles[1].Title);
    }

    [Fact]
    public void A_headline_and_its_kicker_printed_on_consecutive_lines_are_not_verse()
    {
        var article = Assert.Single(new NewspaperPageSegmenter().Split("大棚里的春天\n——河口镇发展特色农业纪实\n\n本报讯 记者章明报道 " + Para1));

        Assert.Equal(("大棚里的春天", "河口镇发展特色农业纪实"), (article.Title, article.Subtitle));
    }

    [Fact]
    public void A_short_line_after_a_finished_sentence_is_a_sub_head_unless_the_next_line_ends_its_sentence()
    {
        var feature = Assert.Single(Split("大棚里的春天", "——河口镇发展特色农业纪实", Para1, "建起一条链子", "种得好，还要卖得好。" + Para2));
        Assert.Contains("建起一条链子", feature.Paragraphs);

        var wrapped = Assert.Single(Split("大棚里的春天", "——河口镇发展特色农业纪实", Para1, "河口镇还坚持技术节能和结构", "减排。本报记者 章明"));
        Assert.Equal("河口镇还坚持技术节能和结构减排。", wrapped.Paragraphs[^1]);
    }

    [Fact]
    public void Column_labels_and_page_furniture_are_dropped_and_a_news_flash_column_holds_briefs()
    {
        var articles = Split("河口快讯 KUAIXUN", "山前村修通致富路", "本报讯 村里新修的水泥路今天通车，全长八公里，沿线三个村的农产品可以直接运到县城。", "设计制作:齐悦");

        var brief = Assert.Single(articles);
        Assert.Equal(ArticleKind.Brief, brief.Kind);
        Assert.Equal("本报讯", brief.Byline);
        Assert.DoesNotContain("设计制作", brief.Body);
        Assert.DoesNotContain("KUAIXUN", brief.Title);
    }

    [Fact]
    public void A_passage_the_extraction_repeated_is_indexed_once()
    {
        var article = Assert.Single(Split("大棚里的春天", "本报记者 章明", Para1, Para2, Para2));

        Assert.Equal([Para1, Para2], article.Paragraphs);
    }

    [Fact]
    public void A_headlined_story_credited_only_to_its_photographer_is_a_photo_story()
    {
        var article = Assert.Single(Split("大棚里的春天", Para1, "图为农技员在大棚里查看番茄长势。本报记者 章明 摄"));

        Assert.Equal(ArticleKind.Photo, article.Kind);
        Assert.Equal(new Author("章明", "摄影"), Assert.Single(article.Authors));
        Assert.Equal("图为农技员在大棚里查看番茄长势。", article.Paragraphs[^1]);
    }

    [Fact]
    public void Offsets_point_at_the_articles_span_of_the_page()
    {
        var page = string.Join("\n\n", "大棚里的春天", "本报记者 章明", Para1, "山前村修通致富路", "本报讯(通讯员 齐悦)" + Para2);

        var articles = new NewspaperPageSegmenter().Split(page);

        Assert.Equal(0, articles[0].StartOffset);
        Assert.EndsWith(Para1, page[articles[0].StartOffset..articles[0].EndOffset]);
        Assert.StartsWith("山前村", page[articles[1].StartOffset..]);
        Assert.Equal(page.Length, articles[1].EndOffset);
    }

    [Fact]
    public void An_empty_or_blank_page_has_no_articles()
    {
        Assert.Empty(new NewspaperPageSegmenter().Split(""));
        Assert.Empty(new NewspaperPageSegmenter().Split(" \n\n\u3000\n"));
    }

    [Fact]
    public void An_article_broken_around_a_photo_and_another_item_is_whole_and_the_photo_is_an_item_of_its_own()
    {
        var articles = Split(
            "全市冬季供暖准备工作全面就绪", "本报讯（记者 梁晓雯）今年全市集中供热面积达到4860万平方米。目前，管网注水试压等各项工作稳步",
            "11月3日，市热力集团工作人员在城北换热站检修循环泵。", "本报记者 石磊 摄",
            "城东片区新增两处口袋公园", "本报讯（通讯员 胡悦）近日，城东片区两处口袋公园完工开放。",
            "推进，各热源厂燃煤储备已达到计划量的85%以上。");

        Assert.Equal([("全市冬季供暖准备工作全面就绪", ArticleKind.Brief), ("11月3日，市热力集团工作人员在城北换热站检修循环泵", ArticleKind.Photo), ("城东片区新增两处口袋公园", ArticleKind.Brief)],
            articles.Select(a => (a.Title, a.Kind)));
        Assert.Equal("今年全市集中供热面积达到4860万平方米。目前，管网注水试压等各项工作稳步推进，各热源厂燃煤储备已达到计划量的85%以上。", Assert.Single(articles[0].Paragraphs));
    }

    [Fact]
    public void A_captioned_photo_between_paragraphs_of_a_headlined_article_is_an_item_of_its_own()
    {
        var articles = Split("河口镇蔬菜大棚扩至三千亩", Para1, "图为河口镇菜农在大棚里采摘黄瓜。", "本报记者 章明 摄", Para2);

        Assert.Equal([("河口镇蔬菜大棚扩至三千亩", ArticleKind.Brief), ("河口镇菜农在大棚里采摘黄瓜", ArticleKind.Photo)], articles.Select(a => (a.Title, a.Kind)));
        Assert.Equal([Para1, Para2], articles[0].Paragraphs);
        Assert.Equal("本报记者 章明 摄", articles[1].Byline);
    }
}
