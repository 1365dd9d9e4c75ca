namespace ChildPlan;

/// <summary>How a computed status compares with the verdict the source document records.</summary>
public enum VerdictAgreement
{
    /// <summary>The same verdict (đạt and achieved, vượt chỉ tiêu and exceeded, không đạt and not achieved).</summary>
    Exact,

    /// <summary>
    /// Compatible but not the same: the document writes "đạt" where the numbers exceed the target. Officials often do,
    /// so this is no contradiction, but it is not the document's word either.
    /// </summary>
    Compatible,

    /// <summary>A different verdict.</summary>
    Different,
}
