using System.Diagnostics.CodeAnalysis;
using System.IO.Abstractions;
using ChildPlan;
using ChildPlan.Hosting;
using ChildPlan.Profiles;
using Microsoft.Extensions.DependencyInjection.Extensions;

// Registration extensions live in the DI namespace, as Microsoft.Extensions packages do.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers ChildPlan: <c>services.AddChildPlan(b =&gt; b.AddProfile&lt;DienBienProfile&gt;())</c>.</summary>
public static class ChildPlanServiceCollectionExtensions
{
    /// <summary>
    /// Adds the profile catalogue (<see cref="IProfileCatalog"/>) and an
    /// <see cref="IFileSystem"/> (the real one, unless one is registered already), then lets
    /// <paramref name="configure"/> add profiles.
    /// </summary>
    public static IServiceCollection AddChildPlan(this IServiceCollection services, Action<IChildPlanBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<IProfileCatalog, ProfileCatalog>();
        services.TryAddSingleton<ProfileLoadFailures>();
        services.TryAddSingleton<IFileSystem, FileSystem>();
        configure?.Invoke(new ChildPlanBuilder(services));
        return services;
    }

    private sealed class ChildPlanBuilder(IServiceCollection services) : IChildPlanBuilder
    {
        public IServiceCollection Services { get; } = services;

        public IChildPlanBuilder AddProfile(IChildPlanProfile profile)
        {
            ArgumentNullException.ThrowIfNull(profile);

            // Read and check the content once, so a broken profile fails here, at registration, and the catalogue
            // never calls the profile's code again.
            ProfileSnapshot snapshot;
            try
            {
                snapshot = ProfileSnapshot.Take(profile);
            }
            catch (ProfileContractException e)
            {
                throw new ProfileContractException($"{profile.GetType().FullName} is not a valid profile: {e.Message}", e);
            }

            var existing = Services.Where(d => d.ServiceType == typeof(IChildPlanProfile) && d.ImplementationInstance is IChildPlanProfile p && p.Id == snapshot.Id);
            if (existing.Any())
            {
                throw new InvalidOperationException($"A profile with id '{snapshot.Id}' is already registered.");
            }

            Services.AddSingleton<IChildPlanProfile>(snapshot);
            return this;
        }
    }

    /// <summary>
    /// Loads the profile plugins in <paramref name="folder"/> (see <see cref="ProfilePluginLoader"/>) and adds
    /// them. A plugin that fails (whatever it throws, or a member that returns null), or whose profile id is already registered, is recorded as a failure
    /// (<see cref="IProfileCatalog.Failures"/>) and the others are added.
    /// </summary>
    public static IChildPlanBuilder AddProfilesFrom(this IChildPlanBuilder builder, string folder, IFileSystem? fileSystem = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var failures = builder.Services.Where(d => d.ServiceType == typeof(ProfileLoadFailures)).Select(d => d.ImplementationInstance).OfType<ProfileLoadFailures>().FirstOrDefault();
        if (failures is null)
        {
            failures = new ProfileLoadFailures();
            builder.Services.RemoveAll<ProfileLoadFailures>();
            builder.Services.AddSingleton(failures);
        }

        var result = new ProfilePluginLoader(fileSystem ?? new FileSystem()).LoadFrom(folder);
        failures.Items.AddRange(result.Failures);
        foreach (var profile in result.Profiles)
        {
            try
            {
                builder.AddProfile(profile);
            }
            catch (Exception e) when (PluginCode.IsRecoverable(e))
            {
                // A plugin is somebody else's code: whatever it throws, report it and keep the other profiles.
                failures.Items.Add(new ProfileLoadFailure(result.FileOf(profile) ?? profile.GetType().Assembly.GetName().Name + ".dll in " + folder, e.Message));
            }
        }

        return builder;
    }

    /// <summary>The failures recorded while loading plugins.</summary>
    internal sealed class ProfileLoadFailures
    {
        public List<ProfileLoadFailure> Items { get; } = [];
    }

    [SuppressMessage("Performance", "CA1812", Justification = "Created by the service provider.")]
    private sealed class ProfileCatalog : IProfileCatalog
    {
        public ProfileCatalog(IEnumerable<IChildPlanProfile> profiles, ProfileLoadFailures failures)
        {
            // Profiles registered without AddProfile are checked here: the catalogue holds snapshots only, so
            // nothing it hands out calls a profile's code, and a broken one is a failure, not a crash.
            var failed = failures.Items.ToList();
            var snapshots = new List<ProfileSnapshot>();
            foreach (var profile in profiles)
            {
                try
                {
                    var snapshot = ProfileSnapshot.Take(profile);
                    if (snapshots.Any(s => s.Id == snapshot.Id))
                    {
                        throw new InvalidOperationException($"A profile with id '{snapshot.Id}' is already registered.");
                    }

                    snapshots.Add(snapshot);
                }
                catch (Exception e) when (PluginCode.IsRecoverable(e))
                {
                    failed.Add(new ProfileLoadFailure(profile.GetType().FullName ?? "a profile", e.Message));
                }
            }

            Profiles = snapshots.OrderBy(p => p.Id, StringComparer.Ordinal).ToList();
            Failures = failed;
        }

        public IReadOnlyList<IChildPlanProfile> Profiles { get; }

        public IReadOnlyList<ProfileLoadFailure> Failures { get; }

        public bool TryGetProfile(string profileId, [NotNullWhen(true)] out IChildPlanProfile? profile)
        {
            profile = Profiles.FirstOrDefault(p => p.Id == profileId);
            return profile is not null;
        }

        public IChildPlanProfile GetProfile(string profileId) =>
            TryGetProfile(profileId, out var profile)
                ? profile
                : throw new KeyNotFoundException($"No profile '{profileId}' is installed; installed: {(Profiles.Count == 0 ? "none" : string.Join(", ", Profiles.Select(p => p.Id)))}.");

        public Plan GetPlan(string profileId, string planId)
        {
            var profile = GetProfile(profileId);
            return profile.Plans.FirstOrDefault(p => p.Id == planId)
                ?? throw new KeyNotFoundException($"Profile '{profileId}' has no plan '{planId}'; its plans: {string.Join(", ", profile.Plans.Select(p => p.Id))}.");
        }
    }
}
