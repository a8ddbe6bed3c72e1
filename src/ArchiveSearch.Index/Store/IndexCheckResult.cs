namespace ArchiveSearch.Index.Store;

/// <summary>What a check found in an index folder; <see cref="Problem"/> says what is wrong when it is damaged.</summary>
public sealed record IndexCheckResult(IndexCondition Condition, string? Problem = null, int Segments = 0, int Files = 0)
{
    public bool IsDamaged => Condition == IndexCondition.Damaged;
}

public enum IndexCondition
{
    /// <summary>No index files yet: a new index starts here.</summary>
    Empty,

    /// <summary>The last commit and every file it names passed the check.</summary>
    Sound,

    Damaged,
}
