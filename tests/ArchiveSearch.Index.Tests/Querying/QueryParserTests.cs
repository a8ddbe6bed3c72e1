using ArchiveSearch.Index.Querying;

namespace ArchiveSearch.Index.Tests.Querying;

public sealed class QueryParserTests
{
    private static TermNode T(string text, QueryField field = QueryField.Any, bool quoted = false, int? within = null) => new(text, field, quoted, within);

    private static void AssertParses(string query, QueryNode expected) =>
        Assert.Equal(Show(expected), Show(QueryParser.Parse(query)));

    /// <summary>A readable form, so that failures show the whole tree.</summary>
    private static string Show(QueryNode node) => node switch
    {
        TermNode t => $"{(t.Field == QueryField.Any ? "" : t.Field.ToString().ToLowerInvariant() + ":")}{(t.Quoted ? $"\"{t.Text}\"" : t.Text)}{(t.Within is { } n ? $"~{n}" : "")}",
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

    [Fact]
    public void Upper_case_NOT_between_terms_excludes_like_a_dash() =>
        AssertParses("图书馆 NOT 南屏 NOT \"夜间 开放\"", new AndNode([T("图书馆"), new NotNode(T("南屏")), new NotNode(T("夜间 开放", quoted: true))]));

    [Theory]
    [InlineData("图书馆 not 南屏", "AND(图书馆 not 南屏)")]
    [InlineData("图书馆 Not 南屏", "AND(图书馆 Not 南屏)")]
    [InlineData("图书馆 不 南屏", "AND(图书馆 不 南屏)")]
    [InlineData("NOTE 南屏", "AND(NOTE 南屏)")]
    public void Lower_case_not_and_Chinese_negation_stay_words(string query, string expected) =>
        Assert.Equal(expected, Show(QueryParser.Parse(query)));

    [Fact]
    public void NOT_applies_to_a_group_and_beside_OR() =>
        AssertParses("(鞍山 OR 锦州) NOT (招商 OR 引资)", new AndNode([new OrNode([T("鞍山"), T("锦州")]), new NotNode(new OrNode([T("招商"), T("引资")]))]));

    [Theory]
    [InlineData("\"图书馆 开放\"~5", 5)]
    [InlineData("“图书馆 开放”～12", 12)]
    [InlineData("\"图书馆 开放\"~0", 0)]
    public void A_number_after_a_closing_quote_makes_the_phrase_a_proximity(string query, int within) =>
        AssertParses(query, T("图书馆 开放", quoted: true, within: within));

    [Fact]
    public void A_proximity_combines_with_prefixes_and_other_terms() =>
        AssertParses("title:\"图书馆 开放\"~3 夜间", new AndNode([T("图书馆 开放", QueryField.Title, quoted: true, within: 3), T("夜间")]));

    [Theory]
    [InlineData("\"图书馆\"~5", "\"图书馆\"")]
    [InlineData("\"图书馆 开放\"~ 夜间", "AND(\"图书馆 开放\" ~ 夜间)")]
    [InlineData("\"图书馆 开放\"~x", "AND(\"图书馆 开放\" ~x)")]
    public void A_tilde_without_digits_or_after_a_single_word_is_no_proximity(string query, string expected) =>
        Assert.Equal(expected, Show(QueryParser.Parse(query)));

    [Fact]
    public void Proximity_terms_are_highlighted_one_by_one() =>
        Assert.Equal(["图书馆", "开放"], ((TermNode)QueryParser.Parse("\"图书馆  开放\"~5")).Literals);

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
    [InlineData("NOT 南屏", "at least one term that must match")]
    [InlineData("图书馆 NOT", "'NOT' at position 5 needs something to exclude")]
    [InlineData("\"图书馆 开放\"~10001", "too wide")]
    [InlineData("\"图书馆 开放\"~99999999999", "too wide")]
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
