using System.Collections.Concurrent;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Display;

namespace ArchiveSearch.Server.Tests;

/// <summary>
/// The service's log as it writes it: every event the host's Serilog pipeline passes (after its enrichers and filters),
/// rendered as its message, kept in order, so a test reads the lines an operator would read.
/// </summary>
public sealed class LogLines : ILogEventSink
{
    private readonly ConcurrentQueue<(LogEventLevel Level, string Source, string Message)> events = new();

    public void Emit(LogEvent logEvent) =>
        events.Enqueue((logEvent.Level,
            logEvent.Properties.TryGetValue("SourceContext", out var source) && source is ScalarValue { Value: string name } ? name : "",
            Render(logEvent)));

    /// <summary>As the service's console line renders it: text properties as written, not quoted.</summary>
    private static readonly MessageTemplateTextFormatter Message = new("{Message:lj}");

    private static string Render(LogEvent logEvent)
    {
        using var text = new StringWriter();
        Message.Format(logEvent, text);
        return text.ToString();
    }

    public IReadOnlyList<(LogEventLevel Level, string Source, string Message)> Events => events.ToArray();

    public IReadOnlyList<string> Containing(string text) => events.Select(e => e.Message).Where(m => m.Contains(text, StringComparison.Ordinal)).ToList();
}
