using System.IO.Abstractions;
using System.Reflection;
using System.Runtime.Loader;
using ChildPlan.Profiles;

namespace ChildPlan.Hosting;

/// <summary>
/// Loads profile plugins from a folder: the assemblies directly in it form one plugin, and each
/// sub-folder another. Each plugin gets its own <see cref="AssemblyLoadContext"/>; assemblies the host
/// already has (ChildPlan.Abstractions, NodaTime, …) are shared with the host, so profile types are the
/// host's types. Files are read through <see cref="IFileSystem"/>. A plugin that fails (bad image,
/// missing dependency, invalid plan file, a constructor or member that throws, a member that returns null) is
/// reported with its file and the reason, and the others still load.
/// </summary>
public sealed class ProfilePluginLoader
{
    private static readonly HashSet<string> HostAssemblies = (AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string ?? string.Empty)
        .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Select(Path.GetFileNameWithoutExtension)
        .OfType<string>()
        .Concat(AssemblyLoadContext.Default.Assemblies.Select(a => a.GetName().Name).OfType<string>())
        .ToHashSet(StringComparer.OrdinalIgnoreCase);

    private readonly IFileSystem fileSystem;

    /// <summary>Creates a loader reading through <paramref name="fileSystem"/>.</summary>
    public ProfilePluginLoader(IFileSystem fileSystem) => this.fileSystem = fileSystem;

    /// <summary>Loads every plugin in <paramref name="folder"/>.</summary>
    public PluginLoadResult LoadFrom(string folder)
    {
        var profiles = new List<IChildPlanProfile>();
        var failures = new List<ProfileLoadFailure>();
        var sources = new Dictionary<IChildPlanProfile, string>(ReferenceEqualityComparer.Instance);
        if (!fileSystem.Directory.Exists(folder))
        {
            failures.Add(new ProfileLoadFailure(folder, "the plugin folder does not exist."));
            return new PluginLoadResult(profiles, failures);
        }

        var groups = new[] { folder }.Concat(fileSystem.Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal));
        foreach (var directory in groups)
        {
            var files = fileSystem.Directory.EnumerateFiles(directory, "*.dll").Order(StringComparer.Ordinal).ToList();
            if (files.Count == 0)
            {
                continue;
            }

            var context = new PluginLoadContext(fileSystem, directory);
            foreach (var file in files)
            {
                LoadAssembly(context, file, profiles, failures);
                foreach (var profile in profiles.Where(p => !sources.ContainsKey(p)))
                {
                    sources[profile] = file;
                }
            }
        }

        return new PluginLoadResult(profiles, failures) { Files = sources };
    }

    private void LoadAssembly(PluginLoadContext context, string file, List<IChildPlanProfile> profiles, List<ProfileLoadFailure> failures)
    {
        if (HostAssemblies.Contains(fileSystem.Path.GetFileNameWithoutExtension(file)))
        {
            return; // a copy of an assembly the host already has (ChildPlan.Abstractions.dll, NodaTime.dll, …)
        }

        Assembly assembly;
        try
        {
            using var stream = fileSystem.File.OpenRead(file);
            assembly = context.LoadFromStream(stream);
        }
        catch (BadImageFormatException)
        {
            failures.Add(new ProfileLoadFailure(file, "not a .NET assembly (bad image)."));
            return;
        }
        catch (Exception e) when (PluginCode.IsRecoverable(e))
        {
            failures.Add(new ProfileLoadFailure(file, $"cannot be loaded: {e.Message}"));
            return;
        }

        Type[] types;
        try
        {
            types = assembly.GetExportedTypes();
        }
        catch (Exception e) when (e is ReflectionTypeLoadException or FileNotFoundException or FileLoadException or TypeLoadException)
        {
            failures.Add(new ProfileLoadFailure(file, $"a dependency is missing: {Describe(e)}"));
            return;
        }
        catch (Exception e) when (PluginCode.IsRecoverable(e))
        {
            failures.Add(new ProfileLoadFailure(file, $"its types cannot be read: {Describe(e)}"));
            return;
        }

        foreach (var type in types.Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IChildPlanProfile).IsAssignableFrom(t)))
        {
            if (type.GetConstructor(Type.EmptyTypes) is null)
            {
                failures.Add(new ProfileLoadFailure(file, $"{type.FullName} has no public parameterless constructor."));
                continue;
            }

            try
            {
                var profile = (IChildPlanProfile)Activator.CreateInstance(type)!;
                _ = profile.Plans; // the content first, so a plan file or getter that fails is reported as itself
                _ = profile.Units;
                _ = profile.Datasets;
                _ = ProfileSnapshot.Take(profile); // every member, for nulls and throwing getters; registration reuses it
                profiles.Add(profile);
            }
            catch (ProfileContractException e)
            {
                failures.Add(new ProfileLoadFailure(file, $"{type.FullName} is not a valid profile: {e.Message}"));
            }
            catch (TargetInvocationException e) when (e.InnerException is not null)
            {
                failures.Add(new ProfileLoadFailure(file, $"{type.FullName} could not be created: {Describe(e.InnerException)}"));
            }
            catch (ChildPlanInputException e)
            {
                failures.Add(new ProfileLoadFailure(file, $"{type.FullName} has an invalid plan or data file: {e.Message}"));
            }
            catch (Exception e) when (PluginCode.IsRecoverable(e))
            {
                // A plugin is somebody else's code: whatever it throws, report it and keep the other profiles.
                failures.Add(new ProfileLoadFailure(file, $"{type.FullName} failed to load: {e.GetType().Name}: {Describe(e)}"));
            }
        }
    }

    private static string Describe(Exception e) => e switch
    {
        ReflectionTypeLoadException r => string.Join("; ", r.LoaderExceptions.OfType<Exception>().Select(x => x.Message).Distinct()),
        _ => e.Message,
    };

    /// <summary>Resolves a plugin's own dependencies from its folder and shares everything the host has.</summary>
    private sealed class PluginLoadContext(IFileSystem fileSystem, string directory) : AssemblyLoadContext($"ChildPlan plugin {directory}")
    {
        protected override Assembly? Load(AssemblyName assemblyName)
        {
            if (assemblyName.Name is null || HostAssemblies.Contains(assemblyName.Name))
            {
                return null; // the host's copy, so types such as IChildPlanProfile are shared
            }

            var path = fileSystem.Path.Combine(directory, assemblyName.Name + ".dll");
            if (!fileSystem.File.Exists(path))
            {
                return null;
            }

            using var stream = fileSystem.File.OpenRead(path);
            return LoadFromStream(stream);
        }
    }
}
