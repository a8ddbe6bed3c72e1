using Serilog.Core;
using Serilog.Events;

namespace ArchiveSearch.Server.Logging;

/// <summary>
/// Gives a log event with an exception the exception's text with its messages escaped (see
/// <see cref="ControlCharacterEscaper"/>), as the property <see cref="PropertyName"/> that the console writes in
/// place of the raw exception: a message can carry a file name or other text from outside, and must not start
/// a forged log line. The stack trace keeps its lines.
/// </summary>
public sealed class ExceptionEscaper : ILogEventEnricher
{
    public const string PropertyName = "EscapedException";

    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        if (logEvent.Exception is { } exception)
            logEvent.AddOrUpdateProperty(new LogEventProperty(PropertyName, new ScalarValue(Render(exception) + Environment.NewLine)));
    }

    /// <summary>
    /// The exception as .NET writes it, each message of it and its inner exceptions escaped. Should a message
    /// not be found to escape, every line after the first that is not indented like a stack frame or an
    /// inner exception means text from outside: then the whole text is escaped onto one line.
    /// </summary>
    public static string Render(Exception exception)
    {
        var text = exception.ToString();
        foreach (var message in Messages(exception).Where(m => m.Any(ControlCharacterEscaper.IsEscaped)).Distinct().OrderByDescending(m => m.Length))
            text = text.Replace(message, ControlCharacterEscaper.Escape(message), StringComparison.Ordinal);
        var lines = text.Split('\n');
        var structured = lines.Skip(1).All(line => line.Length == 0 || line[0] == ' ')
            && lines.All(line => !line.TrimEnd('\r').Any(ControlCharacterEscaper.IsEscaped));
        return structured ? text : ControlCharacterEscaper.Escape(text);
    }

    private static IEnumerable<string> Messages(Exception exception)
    {
        yield return exception.Message;
        var inner = exception is AggregateException aggregate ? aggregate.InnerExceptions : (IEnumerable<Exception>)(exception.InnerException is { } one ? [one] : []);
        foreach (var message in inner.SelectMany(Messages))
            yield return message;
    }
}
