using System.Globalization;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace ChildPlan.Formats;

/// <summary>
/// Reads JSON input with the path of each value, collecting every problem ("file: $.indicators[3].op: …")
/// instead of stopping at the first. Shared by the plan-file and changes-file readers.
/// </summary>
internal class JsonInput(string file)
{
    protected readonly InputProblemCollector problems = new();

    /// <summary>The problems found so far (the first <see cref="ChildPlanInputException.MaxReportedProblems"/>, and a count of all).</summary>
    internal InputProblemCollector Problems => problems;

    /// <summary>
    /// Checks every property name and string in <paramref name="root"/> for text that cannot be read: bytes that are
    /// not UTF-8, or an escaped surrogate without its pair (<c>"\ud800"</c>). Each is a problem at its JSON path, so the
    /// readers that follow can take every string as text.
    /// </summary>
    internal void CheckText(JsonElement root)
    {
        var pending = new Stack<(JsonElement Element, string Path)>();
        pending.Push((root, "$"));
        while (pending.Count > 0)
        {
            var (e, path) = pending.Pop();
            switch (e.ValueKind)
            {
                case JsonValueKind.Object:
                    var i = 0;
                    foreach (var p in e.EnumerateObject())
                    {
                        if (Readable(() => p.Name) is { } name)
                        {
                            pending.Push((p.Value, $"{path}.{name}"));
                        }
                        else
                        {
                            Fail(path, $"the name of property {i + 1} is not valid text (invalid UTF-8 or an unpaired surrogate).");
                        }

                        i++;
                    }

                    break;
                case JsonValueKind.Array:
                    var index = 0;
                    foreach (var item in e.EnumerateArray())
                    {
                        pending.Push((item, $"{path}[{index++}]"));
                    }

                    break;
                case JsonValueKind.String:
                    // The raw UTF-8 is at least one byte per character and at most six (\uXXXX), so most strings are
                    // judged without materialising them.
                    var raw = System.Runtime.InteropServices.JsonMarshal.GetRawUtf8Value(e).Length;
                    if (raw > PlanFile.MaxTextLength * 6)
                    {
                        Fail(path, string.Create(CultureInfo.InvariantCulture, $"is longer than the {PlanFile.MaxTextLength:N0} characters a text may have."));
                    }
                    else if (Readable(e.GetString) is not { } text)
                    {
                        Fail(path, "is not valid text (invalid UTF-8 or an unpaired surrogate).");
                    }
                    else if (text.Length > PlanFile.MaxTextLength)
                    {
                        Fail(path, string.Create(CultureInfo.InvariantCulture, $"is longer than the {PlanFile.MaxTextLength:N0} characters a text may have ({text.Length:N0})."));
                    }

                    break;
            }
        }

        static string? Readable(Func<string?> read)
        {
            try
            {
                return read();
            }
            catch (InvalidOperationException)
            {
                return null;
            }
        }
    }

    internal void Known(JsonElement e, string path, params string[] names)
    {
        foreach (var p in e.EnumerateObject())
        {
            if (!names.Contains(p.Name, StringComparer.Ordinal))
            {
                Fail($"{path}.{p.Name}", $"unknown property; expected one of {string.Join(", ", names)}.");
            }
        }
    }

    internal List<(T Item, string Path)> Objects<T>(JsonElement e, string path, string name, Func<JsonElement, string, T?> read)
        where T : class
    {
        var result = new List<(T, string)>();
        if (!e.TryGetProperty(name, out var array) || array.ValueKind == JsonValueKind.Null)
        {
            return result;
        }

        if (array.ValueKind != JsonValueKind.Array)
        {
            Fail($"{path}.{name}", "expected an array.");
            return result;
        }

        var i = 0;
        foreach (var item in array.EnumerateArray())
        {
            var itemPath = $"{path}.{name}[{i++}]";
            if (item.ValueKind != JsonValueKind.Object)
            {
                Fail(itemPath, "expected an object.");
                continue;
            }

            if (read(item, itemPath) is { } value)
            {
                result.Add((value, itemPath));
            }
        }

        return result;
    }

    internal List<string> Strings(JsonElement e, string path, string name)
    {
        var result = new List<string>();
        if (!e.TryGetProperty(name, out var array) || array.ValueKind == JsonValueKind.Null)
        {
            return result;
        }

        if (array.ValueKind != JsonValueKind.Array)
        {
            Fail($"{path}.{name}", "expected an array of strings.");
            return result;
        }

        var i = 0;
        foreach (var item in array.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.String)
            {
                result.Add(item.GetString()!);
            }
            else
            {
                Fail($"{path}.{name}[{i}]", "expected a string.");
            }

            i++;
        }

        return result;
    }

    internal JsonElement? Obj(JsonElement e, string path, string name, bool required = true)
    {
        if (!e.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                Fail($"{path}.{name}", "is required.");
            }

            return null;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            Fail($"{path}.{name}", "expected an object.");
            return null;
        }

        return value;
    }

    internal string? Str(JsonElement e, string path, string name, bool required = true)
    {
        if (!e.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                Fail($"{path}.{name}", "is required.");
            }

            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            Fail($"{path}.{name}", $"expected a string, found {value.ValueKind.ToString().ToLowerInvariant()}.");
            return null;
        }

        var text = value.GetString()!;
        if (required && text.Trim().Length == 0)
        {
            Fail($"{path}.{name}", "must not be empty.");
            return null;
        }

        return text;
    }

    internal int? Int(JsonElement e, string path, string name, bool required = true)
    {
        if (!e.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                Fail($"{path}.{name}", "is required.");
            }

            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var n))
        {
            return n;
        }

        Fail($"{path}.{name}", "expected a whole number.");
        return null;
    }

    internal decimal? Dec(JsonElement e, string path, string name)
    {
        if (!e.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            Fail($"{path}.{name}", "is required.");
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var d))
        {
            return d;
        }

        Fail($"{path}.{name}", value.ValueKind == JsonValueKind.String
            ? $"expected a number, found the string \"{value.GetString()}\" (write 9.5, not \"9,5\")."
            : "expected a number.");
        return null;
    }

    internal bool? Bool(JsonElement e, string path, string name)
    {
        if (!e.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return value.GetBoolean();
        }

        Fail($"{path}.{name}", "expected true or false.");
        return null;
    }

    internal T? Enum<T>(JsonElement e, string path, string name, IReadOnlyDictionary<string, T> names, bool required = true)
        where T : struct
    {
        var text = Str(e, path, name, required);
        if (text is null)
        {
            return null;
        }

        if (names.TryGetValue(text, out var value))
        {
            return value;
        }

        Fail($"{path}.{name}", $"'{text}' is not one of {string.Join(", ", names.Keys)}.");
        return null;
    }

    internal void Fail(string path, string message) => problems.Add(new InputProblem($"{file}: {path}", message));

    internal LocalDate? LocalDate(JsonElement e, string path, string name)
    {
        var text = Str(e, path, name);
        if (text is null)
        {
            return null;
        }

        var result = LocalDatePattern.Iso.Parse(text);
        if (result.Success)
        {
            return result.Value;
        }

        Fail($"{path}.{name}", $"'{text}' is not a date in the form YYYY-MM-DD.");
        return null;
    }
}
