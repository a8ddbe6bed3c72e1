using System.Text;
using Serilog.Core;
using Serilog.Events;

namespace ArchiveSearch.Server.Logging;

/// <summary>
/// Escapes control characters (newline, carriage return, escape, …) in every text property of a log event, as
/// <c>\n</c>, <c>\r</c> or <c>\u001b</c>: a file name or a request path is logged as it is, but cannot start a
/// forged log line or send terminal escapes.
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

    private static bool NeedsEscaping(string text) => text.Any(char.IsControl);

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
                case var _ when char.IsControl(c): escaped.Append(@"\u").Append(((int)c).ToString("x4")); break;
                default: escaped.Append(c); break;
            }
        }

        return escaped.ToString();
    }
}
