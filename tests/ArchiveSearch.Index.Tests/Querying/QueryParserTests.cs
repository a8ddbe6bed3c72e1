using ArchiveSearch.Index.Querying;

namespace ArchiveSearch.Index.Tests.Querying;

public sealed class QueryParserTests
{
    private static TermNode T(string text, QueryField field = QueryField.Any, bool quoted = false) => new(text, field, quoted);

    private static void AssertParses(string query, QueryNode expected) =>
        Assert.Equal(Show(expected), Show(QueryParser.Parse(query)));

    /// <summary>A readable form, so that failures show the whole tree.</summary>
    private static string Show(QueryNode node) => node switch
    {
        TermNode t => $"{(t.Field == QueryField.Any ? "" : t.Field.ToString().ToLowerInvariant() + ":")}{(t.Quoted ? $"\"{t.Text}\"" : t.Text)}",
        AndNode a => "AND(" + string.Join(" ", a.Children.Select(Show)) + ")",
        OrNode o => "OR(" + string.Join(" ", o.Children.Select(Show)) + ")",
        NotNode n => "-" + Show(n.Child),
        _ => "?",
    };

    [Fact]
    public void A_run_of_Chinese_without_spaces_is_one_term() => AssertParses("小巷总理", T("小巷总理"));

    [Fact]
    public void Words_separated_by_spaces_must_all_match() =>
        AssertParses("杜鹃花  变电村\u3000丹东", new AndNode([T("杜鹃花"), T("变电村"), T("丹东")]));

    [Theory]
    [InlineData("\"小巷 总理\"")]
    [InlineData("“小巷 总理”")]
    [InlineData("「小巷 总理」")]
    [InlineData("“小巷 总理\"")]
    public void Quotes_of_any_common_kind_make_one_phrase_that_keeps_its_spaces(string query) =>
        AssertParses(query, T("小巷 总理", quoted: true));

    [Fact]
    public void OR_binds_looser_than_the_implicit_AND() =>
        AssertParses("鞍山 OR 锦州 招商", new OrNode([T("鞍山"), new AndNode([T("锦州"), T("招商")])]));

    [Fact]
    public void Parentheses_group() =>
        AssertParses("(鞍山 OR 锦州) 招商", new AndNode([new OrNode([T("鞍山"), T("锦州")]), T("招商")]));

    [Fact]
    public void A_leading_dash_excludes() =>
        AssertParses("杜鹃花 -丹东 -\"变电 村\"", new AndNode([T("杜鹃花"), new NotNode(T("丹东")), new NotNode(T("变电 村", quoted: true))]));

    [Fact]
    public void A_dash_inside_a_word_is_text() => AssertParses("COVID-19", T("COVID-19"));

    [Theory]
    [InlineData("title:杜鹃花", QueryField.Title)]
    [InlineData("TITLE：杜鹃花", QueryField.Title)]
    [InlineData("标题:杜鹃花", QueryField.Title)]
    [InlineData("author:杜鹃花", QueryField.Author)]
    [InlineData("作者:杜鹃花", QueryField.Author)]
    public void Field_prefixes_restrict_a_term(string query, QueryField field) => AssertParses(query, T("杜鹃花", field));

    [Fact]
    public void A_field_prefix_applies_to_a_phrase_or_a_group() =>
        AssertParses("title:\"美丽 产业\" author:(刘家伟 OR 崔治)",
            new AndNode([T("美丽 产业", QueryField.Title, quoted: true), new OrNode([T("刘家伟", QueryField.Author), T("崔治", QueryField.Author)])]));

    [Theory]
    [InlineData("12:30")]
    [InlineData("http://example.org")]
    [InlineData("source:新华社")]
    public void An_unknown_prefix_is_ordinary_text(string query) => AssertParses(query, T(query));

    [Theory]
    [InlineData("C++ *:* a~2^3 [1 TO 2} \\ / ! ? &&", "AND(C++ *:* a~2^3 [1 TO 2} \\ / ! ?)")]
    [InlineData("杜鹃花 AND 丹东", "AND(杜鹃花 丹东)")]
    [InlineData("杜鹃花 - 丹东", "AND(杜鹃花 丹东)")]
    [InlineData("a || b", "OR(a b)")]
    public void Lucene_syntax_characters_are_text_or_harmless_separators(string query, string expected) =>
        Assert.Equal(expected, Show(QueryParser.Parse(query)));

    [Theory]
    [InlineData("", "empty")]
    [InlineData("   ", "empty")]
    [InlineData("\"杜鹃花", "quote opened at position 1 is not closed")]
    [InlineData("(杜鹃花 丹东", "parenthesis opened at position 1 is not closed")]
    [InlineData("杜鹃花)", "closing parenthesis at position 4")]
    [InlineData("杜鹃花 ()", "empty")]
    [InlineData("杜鹃花 OR", "needs a term after it")]
    [InlineData("OR 杜鹃花", "needs a term before it")]
    [InlineData("杜鹃花 OR OR 丹东", "needs a term after it")]
    [InlineData("title:", "needs a word")]
    [InlineData("title: 杜鹃花", "needs a word")]
    [InlineData("-杜鹃花", "at least one term that must match")]
    [InlineData("-杜鹃花 -丹东", "at least one term that must match")]
    [InlineData("杜鹃花 OR -丹东", "OR cannot join an excluded term")]
    public void Malformed_queries_say_what_is_wrong(string query, string message)
    {
        var error = Assert.Throws<QuerySyntaxException>(() => QueryParser.Parse(query));

        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void Limits_on_length_terms_and_nesting_are_enforced_with_a_message()
    {
        Assert.Contains("too long", Assert.Throws<QuerySyntaxException>(() => QueryParser.Parse(new string('花', 1001))).Message);
        Assert.Contains("terms", Assert.Throws<QuerySyntaxException>(() => QueryParser.Parse(string.Join(' ', Enumerable.Range(0, 65).Select(i => "词" + i)))).Message);
        Assert.Contains("nested", Assert.Throws<QuerySyntaxException>(() => QueryParser.Parse(new string('(', 20) + "花" + new string(')', 20))).Message);
    }

    [Fact]
    public void Random_input_yields_a_tree_or_a_syntax_error_and_nothing_else()
    {
        var random = new Random(11);
        const string alphabet = "\"“”「」()（）-－:：ORtitle|&* \u3000杜鹃花\\~^[]{}!?+/\0\uD800";
        for (var i = 0; i < 5000; i++)
        {
            var chars = new char[random.Next(0, 30)];
            for (var k = 0; k < chars.Length; k++)
                chars[k] = random.Next(4) == 0 ? (char)random.Next(0, 0xFFFF) : alphabet[random.Next(alphabet.Length)];
            try
            {
                Assert.NotNull(QueryParser.Parse(new string(chars)));
            }
            catch (QuerySyntaxException)
            {
            }
        }
    }

    [Fact]
    public void Positive_terms_leave_out_excluded_ones() =>
        Assert.Equal(["杜鹃花", "花农", "花卉"], QueryNodes.PositiveTerms(QueryParser.Parse("杜鹃花 -丹东 (花农 OR 花卉) -(x y)")).Select(t => t.Text));
}
