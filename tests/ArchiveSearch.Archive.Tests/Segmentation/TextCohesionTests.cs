using ArchiveSearch.Archive.Segmentation;

namespace ArchiveSearch.Archive.Tests.Segmentation;

/// <summary>Text cohesion: which item a paragraph reads as, from the pairs of characters it shares with each.</summary>
public sealed class TextCohesionTests
{
    [Fact]
    public void Shared_pairs_are_pairs_of_chinese_characters_in_both_texts_less_common_ones_like_this_year()
    {
        Assert.Equal(3, TextCohesion.Shared("今年杨梅卖到30元，销售很旺。", "今年杨梅错峰销售，每斤30元。"));
    }

    [Fact]
    public void A_paragraph_belongs_elsewhere_only_when_it_shares_nothing_here()
    {
        const string paragraph = "种植户说，今年杨梅全部通过网上订单销售。";
        const string orchard = "石湾镇杨梅进入采摘期，错峰销售让果农增收。";

        Assert.True(TextCohesion.BelongsElsewhere(paragraph, "社区卫生服务站开设夜间门诊，方便上班族就医。", orchard));
        Assert.False(TextCohesion.BelongsElsewhere(paragraph, "杨梅节期间，夜间门诊也延长了时间。", orchard));
    }
}
