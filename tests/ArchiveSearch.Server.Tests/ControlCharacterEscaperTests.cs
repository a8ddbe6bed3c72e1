using ArchiveSearch.Server.Logging;
using Serilog.Events;
using Serilog.Parsing;

namespace ArchiveSearch.Server.Tests;

/// <summary>Text logged from outside (file names, request paths) cannot break a log line or send terminal escapes.</summary>
public sealed class ControlCharacterEscaperTests
{
    [Fact]
    public void Control_characters_are_written_as_visible_escapes_and_other_text_is_kept()
    {
        Assert.Equal(@"版面\n[12:00 ERR] x\r\t\u001b[31m", ControlCharacterEscaper.Escape("版面\n[12:00 ERR] x\r\t\u001b[31m"));
    }

    [Fact]
    public void Bidirectional_marks_are_written_as_visible_escapes_so_a_name_cannot_show_reordered()
    {
        // U+202E turns "txt.exe" round on screen; every embedding, override, isolate and direction mark is escaped.
        Assert.Equal(@"invoice\u202etxt.exe", ControlCharacterEscaper.Escape("invoice\u202Etxt.exe"));
        foreach (var mark in "\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u061C")
            Assert.Equal($@"a\u{(int)mark:x4}b", ControlCharacterEscaper.Escape($"a{mark}b"));
    }

    [Fact]
    public void A_bidirectional_mark_in_a_logged_property_is_escaped()
    {
        var logEvent = new LogEvent(DateTimeOffset.UtcNow, LogEventLevel.Information, null, new MessageTemplateParser().Parse("{Path}"),
            [new LogEventProperty("Path", new ScalarValue("版面\u202Etxt.exe"))]);

        new ControlCharacterEscaper().Enrich(logEvent, null!);

        Assert.Equal("\"版面\\u202etxt.exe\"", logEvent.RenderMessage());
    }

    [Fact]
    public void Text_properties_of_a_log_event_are_escaped_including_inside_lists()
    {
        var logEvent = new LogEvent(DateTimeOffset.UtcNow, LogEventLevel.Information, null, new MessageTemplateParser().Parse("{Path} {Paths} {Count}"),
        [
            new LogEventProperty("Path", new ScalarValue("a\nb.txt")),
            new LogEventProperty("Paths", new SequenceValue([new ScalarValue("ok.txt"), new ScalarValue("c\rd.txt")])),
            new LogEventProperty("Count", new ScalarValue(3)),
        ]);

        new ControlCharacterEscaper().Enrich(logEvent, null!);

        var rendered = logEvent.RenderMessage();
        Assert.DoesNotContain('\n', rendered);
        Assert.DoesNotContain('\r', rendered);
        Assert.Equal("\"a\\nb.txt\" [\"ok.txt\", \"c\\rd.txt\"] 3", rendered);
    }
}
