using Serilog;

namespace ArchiveSearch.Server.Logging;

/// <summary>How the service writes its log: one line per event, text from outside escaped, exceptions included.</summary>
public static class ServiceLog
{
    /// <summary>The console line; the exception is written from its escaped text, never raw.</summary>
    public const string Template = "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj} {Properties:j}{NewLine}{" + ExceptionEscaper.PropertyName + ":l}";

    /// <summary>Escapes control characters in every text property and in exception messages.</summary>
    public static LoggerConfiguration WithEscapedText(this LoggerConfiguration logging) => logging
        .Enrich.With<ControlCharacterEscaper>()
        // After the property escaper, which would otherwise fold the stack trace's own lines too.
        .Enrich.With<ExceptionEscaper>();
}
