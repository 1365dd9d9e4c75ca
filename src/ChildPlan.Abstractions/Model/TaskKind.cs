namespace ChildPlan;

/// <summary>What a plan calls an item of work.</summary>
public enum TaskKind
{
    /// <summary>A task (nhiệm vụ).</summary>
    Task,

    /// <summary>An activity or activity line (hoạt động, nội dung).</summary>
    Activity,

    /// <summary>A solution (giải pháp).</summary>
    Solution,
}
