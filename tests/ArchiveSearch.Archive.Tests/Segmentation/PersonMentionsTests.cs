using ArchiveSearch.Archive.Segmentation;

namespace ArchiveSearch.Archive.Tests.Segmentation;

/// <summary>The people a paragraph names: after a title, or opening a clause that speaks; keyed by the name's first two characters.</summary>
public sealed class PersonMentionsTests
{
    [Theory]
    [InlineData("镇长邓春明还被评为优秀基层干部。", "邓春")]
    [InlineData("郑海平说，今年的人气是往年的两倍。", "郑海")]
    [InlineData("县委副书记扎西说：“这是一件好事。”", "扎西")]
    [InlineData("返乡村民潘立新把老屋改成了民宿。", "潘立")]
    public void A_person_named_after_a_title_or_speaking_is_found(string paragraph, string person)
    {
        Assert.Contains(person, PersonMentions.In(paragraph));
    }

    [Theory]
    [InlineData("据了解，集市将持续到正月十五。")]
    [InlineData("他说，今年的人气是往年的两倍。")]
    [InlineData("居民经济状况普遍较好。")]
    public void Text_without_a_named_person_names_nobody(string paragraph)
    {
        Assert.Empty(PersonMentions.In(paragraph));
    }

    [Fact]
    public void A_person_the_other_text_mentions_is_not_unmentioned()
    {
        Assert.Null(PersonMentions.Unmentioned("郑海平说，冻梨一天能卖五百斤。", "摊主郑海平在老街卖了二十年冻梨。"));
        Assert.Equal("郑海", PersonMentions.Unmentioned("郑海平说，冻梨一天能卖五百斤。", "县图书馆推出送书上门。"));
    }
}
