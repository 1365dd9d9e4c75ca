namespace ChildPlan.Hosting;

/// <summary>What the host does with an exception thrown by a plugin's code.</summary>
internal static class PluginCode
{
    /// <summary>
    /// Whether the exception can be reported as the plugin's failure while the host and the other profiles keep
    /// working: anything but running out of memory or stack, or a corrupted process.
    /// </summary>
    public static bool IsRecoverable(Exception e) => e is not (OutOfMemoryException or StackOverflowException or AccessViolationException);
}
