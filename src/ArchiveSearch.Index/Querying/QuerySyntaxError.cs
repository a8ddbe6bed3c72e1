namespace ArchiveSearch.Index.Querying;

/// <summary>What is wrong with a query that cannot be read; the host names each with a stable code.</summary>
public enum QuerySyntaxError
{
    TooLong,
    Empty,
    TooManyTerms,
    NestedTooDeep,
    QuoteNotClosed,
    ParenthesisNotClosed,
    ParenthesisNotOpened,
    ParenthesesEmpty,
    OrWithoutTermBefore,
    OrWithoutTermAfter,
    ExclusionWithoutTerm,
    FieldWithoutTerm,
    ProximityTooWide,
    UnexpectedToken,
    OnlyExclusions,
    OrJoinsExclusion,
}
