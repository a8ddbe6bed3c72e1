using System.Text;
using Serilog.Core;
using Serilog.Events;

namespace ArchiveSearch.Server.Logging;

/// <summary>
/// Escapes control characters (newline, carriage return, escape, …) and bidirectional marks (U+202E and the other
/// embeddings, overrides, isolates and direction marks) in every text property of a log event, as <c>\n</c>,
/// <c>\r</c>, <c>\u001b</c> or <c>\u202e</c>: a file name or a request path is logged as it is, but cannot start
/// a forged log line, send terminal escapes, or show its text reordered on screen.
/// </summary>
public sealed class ControlCharacterEscaper : ILogEventEnricher
{
    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        List<LogEventProperty>? changed = null;
        foreach (var (name, value) in logEvent.Properties)
        {
            if (Escape(value) is { } escaped)
                (changed ??= []).Add(new LogEventProperty(name, escaped));
        }

        foreach (var property in changed ?? [])
            logEvent.AddOrUpdateProperty(property);
    }

    /// <summary>The value with its text escaped, or null when it holds no control character.</summary>
    private static LogEventPropertyValue? Escape(LogEventPropertyValue value) => value switch
    {
        ScalarValue { Value: string text } when NeedsEscaping(text) => new ScalarValue(Escape(text)),
        SequenceValue sequence when sequence.Elements.Any(e => Escape(e) is not null) =>
            new SequenceValue(sequence.Elements.Select(e => Escape(e) ?? e)),
        StructureValue structure when structure.Properties.Any(p => Escape(p.Value) is not null) =>
            new StructureValue(structure.Properties.Select(p => new LogEventProperty(p.Name, Escape(p.Value) ?? p.Value)), structure.TypeTag),
        _ => null,
    };

    private static bool NeedsEscaping(string text) => text.Any(IsEscaped);

    /// <summary>Whether a character is written escaped: a control character or a mark that changes the direction text is shown in.</summary>
    public static bool IsEscaped(char c) => char.IsControl(c) || c is '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            switch (c)
            {
                case '\n': escaped.Append(@"\n"); break;
                case '\r': escaped.Append(@"\r"); break;
                case '\t': escaped.Append(@"\t"); break;
                case var _ when IsEscaped(c): escaped.Append(@"\u").Append(((int)c).ToString("x4")); break;
                default: escaped.Append(c); break;
            }
        }

        return escaped.ToString();
    }
}
