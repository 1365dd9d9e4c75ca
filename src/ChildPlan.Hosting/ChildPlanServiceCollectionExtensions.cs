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
            var existing = Services.Where(d => d.ServiceType == typeof(IChildPlanProfile) && d.ImplementationInstance is IChildPlanProfile p && p.Id == profile.Id);
            if (existing.Any())
            {
                throw new InvalidOperationException($"A profile with id '{profile.Id}' is already registered.");
            }

            // Touch the content so a broken profile fails here, at registration.
            _ = profile.Plans;
            _ = profile.Units;
            _ = profile.Datasets;
            Services.AddSingleton(profile);
            return this;
        }
    }

    /// <summary>
    /// Loads the profile plugins in <paramref name="folder"/> (see <see cref="ProfilePluginLoader"/>) and adds
    /// them. A plugin that fails, or whose profile id is already registered, is recorded as a failure
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
            catch (InvalidOperationException e)
            {
                failures.Items.Add(new ProfileLoadFailure(profile.GetType().Assembly.GetName().Name + ".dll in " + folder, e.Message));
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
    private sealed class ProfileCatalog(IEnumerable<IChildPlanProfile> profiles, ProfileLoadFailures failures) : IProfileCatalog
    {
        public IReadOnlyList<IChildPlanProfile> Profiles { get; } = profiles.OrderBy(p => p.Id, StringComparer.Ordinal).ToList();

        public IReadOnlyList<ProfileLoadFailure> Failures { get; } = failures.Items.ToList();

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
