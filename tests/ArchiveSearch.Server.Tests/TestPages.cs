namespace ArchiveSearch.Server.Tests;

/// <summary>Small pages in the shape of the archive's pages: headline, byline, body.</summary>
public static class TestPages
{
    public const string Library = """
        青石县图书馆试行夜间开放
        ——每周五、周六开放至晚上十点

        本报讯 记者周明远报道 本月起，青石县图书馆在每周五、周六试行夜间开放，开放时间延长至晚上十点，方便上班族借阅图书。

        图书馆负责人介绍，夜间开放期间还将举办读书沙龙和古籍修复体验活动。

        """;

    public const string Orchard = """
        白杨沟村苹果丰收

        本报讯 记者韩晓雪报道 金秋时节，白杨沟村的三千亩苹果园迎来丰收，村民们忙着采摘、分拣和装箱。

        今年，白杨沟村引进冷链仓储设施，苹果可以错峰销售，每斤价格比去年提高了两毛钱。

        """;

    public const string OrchardRevised = """
        白杨沟村红富士苹果丰收

        本报讯 记者韩晓雪报道 金秋时节，白杨沟村的三千亩红富士果园迎来丰收，村民们忙着采摘、分拣和装箱。

        今年，白杨沟村引进冷链仓储设施，红富士可以错峰销售。

        """;

    public const string Bridge = """
        松花江新大桥合龙

        本报讯 记者欧阳青报道 经过两年施工，松花江新大桥主桥顺利合龙，预计明年五月通车。

        """;

    /// <summary>One of a series of short pages that all mention 农技 once, told apart by their number.</summary>
    public static string Notice(int number) => $"""
        青石县第{number}期农技培训开班

        本期培训在青石县农业技术推广站举行，共有{number * 10}名农户参加，学习果树修剪和病虫害防治。

        """;
}
