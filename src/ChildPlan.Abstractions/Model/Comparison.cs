namespace ChildPlan;

/// <summary>The comparison a target makes.</summary>
public enum Comparison
{
    /// <summary><c>&lt;</c>: below ("dưới").</summary>
    LessThan,

    /// <summary><c>&lt;=</c>: at most ("xuống", "giảm … xuống còn").</summary>
    AtMost,

    /// <summary><c>&gt;</c>: above ("trên").</summary>
    GreaterThan,

    /// <summary><c>&gt;=</c>: at least ("đạt", "ít nhất", "phấn đấu").</summary>
    AtLeast,

    /// <summary><c>=</c>: exactly.</summary>
    EqualTo,

    /// <summary>Inside an inclusive range ("từ 3 – 5%").</summary>
    Between,
}
