using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace ArchiveSearch.Server.Html;

/// <summary>Text made safe for HTML: every value written into a server-rendered page goes through here. Chinese stays readable.</summary>
public static class HtmlText
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Escape(string? text) => Encoder.Encode(text ?? "");
}
