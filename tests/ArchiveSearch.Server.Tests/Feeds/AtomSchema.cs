using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;

namespace ArchiveSearch.Server.Tests.Feeds;

/// <summary>
/// Checks a document against Atom (RFC 4287): the schema in atom.xsd (element and attribute content, dates, IRIs), and
/// the counts the RFC demands that XSD 1.0 cannot say in any order (one id, title and updated in feed and entry; at most
/// one subtitle, generator, published, summary…; an author for every entry, of its own or the feed's; a content or an
/// alternate link in every entry; one alternate link per type and language). Returns every violation found.
/// </summary>
public static class AtomSchema
{
    public const string Namespace = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Atom = Namespace;

    private static readonly XmlSchemaSet Schemas = Load();

    public static List<string> Violations(string xml)
    {
        var problems = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = Schemas, ValidationFlags = XmlSchemaValidationFlags.ReportValidationWarnings };
        settings.ValidationEventHandler += (_, e) => problems.Add($"schema: {e.Message} (line {e.Exception?.LineNumber})");
        using (var reader = XmlReader.Create(new StringReader(xml), settings))
        {
            while (reader.Read())
            {
            }
        }

        var feed = XDocument.Parse(xml).Root!;
        if (feed.Name != Atom + "feed")
            return [.. problems, $"the root is {feed.Name}, not atom:feed"];
        Counts(feed, "feed", problems, ["id", "title", "updated"], ["generator", "icon", "logo", "rights", "subtitle"]);
        AlternateLinks(feed, "feed", problems);
        var feedHasAuthor = feed.Elements(Atom + "author").Any();
        foreach (var (entry, i) in feed.Elements(Atom + "entry").Select((e, i) => (e, i)))
        {
            var where = $"entry {i + 1}";
            Counts(entry, where, problems, ["id", "title", "updated"], ["content", "published", "rights", "source", "summary"]);
            AlternateLinks(entry, where, problems);
            if (!feedHasAuthor && !entry.Elements(Atom + "author").Any())
                problems.Add($"{where} has no author and neither has the feed");
            if (entry.Element(Atom + "content") is null && !entry.Elements(Atom + "link").Any(l => (string?)l.Attribute("rel") is null or "alternate"))
                problems.Add($"{where} has neither content nor an alternate link");
            foreach (var author in entry.Elements(Atom + "author").Concat(feed.Elements(Atom + "author")))
            {
                if (author.Elements(Atom + "name").Count() != 1)
                    problems.Add($"an author of {where} does not have exactly one name");
            }
        }

        return problems;
    }

    private static void Counts(XElement parent, string where, List<string> problems, string[] exactlyOne, string[] atMostOne)
    {
        foreach (var name in exactlyOne)
        {
            if (parent.Elements(Atom + name).Count() != 1)
                problems.Add($"{where} must have exactly one {name}, has {parent.Elements(Atom + name).Count()}");
        }

        foreach (var name in atMostOne)
        {
            if (parent.Elements(Atom + name).Count() > 1)
                problems.Add($"{where} must have at most one {name}");
        }
    }

    private static void AlternateLinks(XElement parent, string where, List<string> problems)
    {
        var alternates = parent.Elements(Atom + "link")
            .Where(l => (string?)l.Attribute("rel") is null or "alternate")
            .GroupBy(l => ((string?)l.Attribute("type"), (string?)l.Attribute("hreflang")));
        foreach (var group in alternates.Where(g => g.Count() > 1))
            problems.Add($"{where} has {group.Count()} alternate links of type {group.Key.Item1} and language {group.Key.Item2}");
    }

    private static XmlSchemaSet Load()
    {
        var set = new XmlSchemaSet();
        set.Add(Namespace, Path.Combine(AppContext.BaseDirectory, "Feeds", "atom.xsd"));
        set.Compile();
        return set;
    }
}
