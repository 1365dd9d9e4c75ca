using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using Scriban.Runtime;

namespace ChildPlan.Reporting.Rendering;

/// <summary>
/// Puts a model's public fields and properties into a render's globals the way Scriban's
/// <c>ScriptObject.Import(model, renamer: StandardMemberRenamer.Default)</c> does (same members, names, order, values and
/// read-only flags), with the reflection done once per model type instead of at every render: which members, their
/// snake_case names and their getters are found once and shared by all renders and threads.
/// </summary>
internal sealed class ModelImporter
{
    private static readonly ConcurrentDictionary<Type, ModelImporter?> Importers = new();

    private readonly Member[] members;

    private ModelImporter(Member[] members) => this.members = members;

    /// <summary>Imports <paramref name="model"/> into <paramref name="globals"/>.</summary>
    public static void Import(ScriptObject globals, object? model)
    {
        if (model is null)
        {
            return;
        }

        var importer = Importers.GetOrAdd(model.GetType(), static type => Create(type));
        if (importer is null)
        {
            // Script objects, dictionaries, JSON, types and values Scriban refuses: its own import, errors included.
            globals.Import(model, renamer: StandardMemberRenamer.Default);
            return;
        }

        foreach (var member in importer.members)
        {
            globals.SetValue(member.Name, Convert(member.Get(model)), member.ReadOnly);
        }
    }

    /// <summary>The importer of a plain class or struct, or <see langword="null"/> for what Scriban imports otherwise.</summary>
    private static ModelImporter? Create(Type type)
    {
        if (typeof(IScriptObject).IsAssignableFrom(type) || typeof(IDictionary).IsAssignableFrom(type) || type == typeof(System.Text.Json.JsonElement)
            || typeof(Type).IsAssignableFrom(type) || type == typeof(string) || type.IsPrimitive || type == typeof(decimal) || type.IsEnum || type.IsArray)
        {
            return null;
        }

        // Base types first, as Scriban walks them; members that come again overwrite the value, in the same order.
        var types = new Stack<Type>();
        for (var t = type; t is not null; t = t.BaseType)
        {
            types.Push(t);
            if (t.BaseType == typeof(object))
            {
                break;
            }
        }

        var members = new List<Member>();
        const BindingFlags Declared = BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.DeclaredOnly;
        foreach (var t in types)
        {
            foreach (var field in t.GetFields(Declared))
            {
                if (field.IsPublic && !field.IsLiteral && field.GetCustomAttribute<ScriptMemberIgnoreAttribute>() is null)
                {
                    members.Add(new Member(Name(field), field.GetValue, field.IsInitOnly));
                }
            }

            foreach (var property in t.GetProperties(Declared))
            {
                var getter = property.GetMethod;
                if (property.CanRead && getter is { IsPublic: true } && property.GetCustomAttribute<ScriptMemberIgnoreAttribute>() is null
                    && property.GetIndexParameters().Length == 0)
                {
                    members.Add(new Member(Name(property), property.GetValue, ReadOnly: false));
                }
            }
        }

        return new ModelImporter([.. members]);
    }

    private static string Name(MemberInfo member) => StandardMemberRenamer.Default(member) is { Length: > 0 } name ? name : member.Name;

    /// <summary>What Scriban's import converts (a JSON value), converted by Scriban's own import; everything else as it is.</summary>
    private static object? Convert(object? value)
    {
        if (value is not System.Text.Json.JsonElement)
        {
            return value;
        }

        var converted = new ScriptObject();
        converted.Import(new Hashtable { ["value"] = value });
        return converted["value"];
    }

    private sealed record Member(string Name, Func<object?, object?> Get, bool ReadOnly);
}
