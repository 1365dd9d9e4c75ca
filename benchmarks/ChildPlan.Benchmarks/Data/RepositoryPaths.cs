namespace ChildPlan.Benchmarks.Data;

/// <summary>Finds the repository and the built binaries the start-up benchmarks run, from wherever the benchmark runs.</summary>
public static class RepositoryPaths
{
    private static readonly string[] Configurations = ["Release", "Debug"];

    /// <summary>The repository root: the first folder holding ChildPlan.sln above the benchmark assembly or the current directory.</summary>
    /// <exception cref="InvalidOperationException">No ChildPlan.sln above either.</exception>
    public static string Root()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "ChildPlan.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException($"ChildPlan.sln was not found above {AppContext.BaseDirectory} or {Directory.GetCurrentDirectory()}; run the benchmarks from the repository.");
    }

    /// <summary>
    /// The built <paramref name="assemblyName"/>.dll of <paramref name="projectDirectory"/> (relative to the root), Release first.
    /// </summary>
    /// <exception cref="InvalidOperationException">It is not built.</exception>
    public static string BuiltAssembly(string projectDirectory, string assemblyName)
    {
        var root = Root();
        var candidates = Configurations
            .Select(c => Path.Combine(root, projectDirectory, "bin", c, "net10.0", assemblyName + ".dll"))
            .ToList();
        return candidates.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException($"{assemblyName}.dll is not built (looked for {string.Join(", ", candidates)}); build first: dotnet build ChildPlan.sln -c Release.");
    }
}
