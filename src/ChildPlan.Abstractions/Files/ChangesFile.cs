using System.Text;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace ChildPlan.Files;

/// <summary>
/// Reads a profile's administrative changes (<c>childplan.changes/1</c>, see docs/formats.md): units that
/// ended, merged or were renamed, and agencies that were dissolved or merged, each with its effective date
/// and legal basis. A bad file is rejected with the JSON path of the problem.
/// </summary>
public static class ChangesFile
{
    /// <summary>The format identifier.</summary>
    public const string Format = "childplan.changes/1";

    /// <summary>Reads changes from <paramref name="stream"/>; <paramref name="name"/> is used in messages.</summary>
    /// <exception cref="ChildPlanInputException">The content is not valid.</exception>
    public static AdministrativeChanges Read(Stream stream, string name)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(stream, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            throw new ChildPlanInputException($"{name}:{(e.LineNumber ?? 0) + 1}", $"not valid JSON: {e.Message}");
        }

        using (document)
        {
            var problems = new List<InputProblem>();
            var root = document.RootElement;
            string? Str(JsonElement e, string path, string property, bool required = true)
            {
                if (e.TryGetProperty(property, out var v) && v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 } s)
                {
                    return s;
                }

                if (required || (e.TryGetProperty(property, out var w) && w.ValueKind != JsonValueKind.Null))
                {
                    problems.Add(new InputProblem($"{name}: {path}.{property}", "expected a non-empty string."));
                }

                return null;
            }

            LocalDate? Date(JsonElement e, string path, string property)
            {
                var text = Str(e, path, property);
                if (text is null)
                {
                    return null;
                }

                var parsed = LocalDatePattern.Iso.Parse(text);
                if (parsed.Success)
                {
                    return parsed.Value;
                }

                problems.Add(new InputProblem($"{name}: {path}.{property}", $"'{text}' is not a date in the form YYYY-MM-DD."));
                return null;
            }

            if (Str(root, "$", "format") is { } format && format != Format)
            {
                problems.Add(new InputProblem($"{name}: $.format", $"'{format}' is not '{Format}'."));
            }

            var units = new List<UnitChange>();
            var i = 0;
            foreach (var u in Array(root, "units"))
            {
                var path = $"$.units[{i++}]";
                var code = Str(u, path, "code");
                var effective = Date(u, path, "effective");
                var basis = Str(u, path, "basis");
                AdministrativeUnit? successor = null;
                if (u.TryGetProperty("successor", out var s) && s.ValueKind == JsonValueKind.Object)
                {
                    var sp = path + ".successor";
                    var sCode = Str(s, sp, "code");
                    var sName = Str(s, sp, "name");
                    var level = Str(s, sp, "level") switch
                    {
                        "province" => AdministrativeLevel.Province,
                        "district" => AdministrativeLevel.District,
                        "commune" => AdministrativeLevel.Commune,
                        null => (AdministrativeLevel?)null,
                        var other => Invalid(problems, $"{name}: {sp}.level", $"'{other}' is not one of province, district, commune."),
                    };
                    if (sCode is not null && sName is not null && level is not null)
                    {
                        successor = new AdministrativeUnit(sCode, sName, level.Value, Str(s, sp, "parent", required: false));
                    }
                }
                else
                {
                    problems.Add(new InputProblem($"{name}: {path}.successor", "is required: {\"code\", \"name\", \"level\"}."));
                }

                if (code is not null && effective is not null && basis is not null && successor is not null)
                {
                    units.Add(new UnitChange { Code = code, Effective = effective.Value, Successor = successor, Basis = basis, Note = Str(u, path, "note", required: false) });
                }
            }

            var agencies = new List<AgencyChange>();
            i = 0;
            foreach (var a in Array(root, "agencies"))
            {
                var path = $"$.agencies[{i++}]";
                var plans = a.TryGetProperty("plans", out var p) && p.ValueKind == JsonValueKind.Array
                    ? p.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!).ToList()
                    : null;
                if (plans is null || plans.Count == 0)
                {
                    problems.Add(new InputProblem($"{name}: {path}.plans", "expected a non-empty array of plan ids."));
                }

                var agency = Str(a, path, "agency");
                var effective = Date(a, path, "effective");
                var basis = Str(a, path, "basis");
                if (plans is { Count: > 0 } && agency is not null && effective is not null && basis is not null)
                {
                    agencies.Add(new AgencyChange
                    {
                        PlanIds = plans,
                        AgencyId = agency,
                        Effective = effective.Value,
                        SuccessorName = Str(a, path, "successor", required: false),
                        SuccessorId = Str(a, path, "successorId", required: false),
                        Basis = basis,
                        Note = Str(a, path, "note", required: false),
                    });
                }
            }

            return problems.Count > 0 ? throw new ChildPlanInputException(problems) : new AdministrativeChanges { Units = units, Agencies = agencies };
        }
    }

    /// <summary>Reads changes from JSON text.</summary>
    /// <exception cref="ChildPlanInputException">The content is not valid.</exception>
    public static AdministrativeChanges Parse(string json, string name = "changes.json")
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        return Read(stream, name);
    }

    private static List<JsonElement> Array(JsonElement root, string property) =>
        root.TryGetProperty(property, out var array) && array.ValueKind == JsonValueKind.Array ? array.EnumerateArray().ToList() : [];

    private static AdministrativeLevel? Invalid(List<InputProblem> problems, string where, string message)
    {
        problems.Add(new InputProblem(where, message));
        return null;
    }
}
