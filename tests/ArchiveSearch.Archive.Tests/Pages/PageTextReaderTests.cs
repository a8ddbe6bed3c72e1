using System.Text;
using ArchiveSearch.Archive.Pages;

namespace ArchiveSearch.Archive.Tests.Pages;

public sealed class PageTextReaderTests
{
    private const string Text = "本报讯 记者刘家伟报道 鞍山市签约亿元以上项目237个。";

    static PageTextReaderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static TheoryData<string, byte[]> Encoded() => new()
    {
        { "utf-8", new UTF8Encoding(false).GetBytes(Text) },
        { "utf-8-bom", [.. new byte[] { 0xEF, 0xBB, 0xBF }, .. Encoding.UTF8.GetBytes(Text)] },
        { "utf-16le", [.. new byte[] { 0xFF, 0xFE }, .. Encoding.Unicode.GetBytes(Text)] },
        { "utf-16be", [.. new byte[] { 0xFE, 0xFF }, .. Encoding.BigEndianUnicode.GetBytes(Text)] },
        { "gb18030", Encoding.GetEncoding("GB18030").GetBytes(Text) },
    };

    [Theory]
    [MemberData(nameof(Encoded))]
    public void Encodings_of_Chinese_archives_are_detected(string encoding, byte[] bytes)
    {
        var result = PageTextReader.Decode(bytes);

        Assert.True(result.Succeeded, result.Failure);
        Assert.Equal(Text, result.Text);
        Assert.Equal(encoding, result.EncodingName);
    }

    [Fact]
    public void Gbk_text_is_read_as_gb18030() =>
        Assert.Equal("双辽市", PageTextReader.Decode(Encoding.GetEncoding(936).GetBytes("双辽市")).Text);

    [Theory]
    [InlineData(new byte[0], "empty")]
    [InlineData(new byte[] { 0x20, 0x0A, 0x20 }, "white space")]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x00, 0x01 }, "binary")]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x01, 0x02, 0x03, 0x04 }, "binary")]
    [InlineData(new byte[] { 0xFF, 0xFF, 0xFF, 0xFF, 0x81, 0x30 }, "not decodable")]
    public void Files_that_are_not_page_text_are_refused_with_the_reason(byte[] bytes, string reason)
    {
        var result = PageTextReader.Decode(bytes);

        Assert.False(result.Succeeded);
        Assert.Contains(reason, result.Failure);
    }

    [Fact]
    public void A_missing_file_is_refused_not_thrown() =>
        Assert.Contains("cannot read", PageTextReader.Read("/nonexistent/page.txt").Failure);
}
