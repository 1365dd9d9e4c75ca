using System.IO.Abstractions;
using System.Text;
using System.Text.Json;

namespace ChildPlan.Formats;

/// <summary>
/// Reads a profile's administrative changes (<c>childplan.changes/2</c>, and the older <c>childplan.changes/1</c>;
/// see docs/formats.md): units formed from several old units, old units split between several new ones, units that
/// ended into another or were renamed, and agencies that were dissolved or merged, each with its effective date and
/// legal basis. A bad file is rejected with the JSON path of the problem.
/// </summary>
public static class ChangesFile
{
    /// <summary>The format identifier: each unit change lists the old units it was formed from, <c>full</c> or <c>partial</c>.</summary>
    public const string Format = "childplan.changes/2";

    /// <summary>The first format, still read: each unit change names one old unit (<c>code</c>), which went in full into the successor.</summary>
    public const string FormatVersion1 = "childplan.changes/1";

    /// <summary>Reads a changes file through <paramref name="fileSystem"/>.</summary>
    /// <exception cref="ChildPlanInputException">The file is missing or not valid.</exception>
    public static AdministrativeChanges Read(IFileSystem fileSystem, string path)
    {
        ArgumentNullException.ThrowIfNull(fileSystem);
        if (!fileSystem.File.Exists(path))
        {
            throw new ChildPlanInputException(path, "the changes file does not exist.");
        }

        using var stream = fileSystem.File.OpenRead(path);
        return Read(stream, path);
    }

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
            var input = new JsonInput(name);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new ChildPlanInputException($"{name}: $", "a changes file is a JSON object.");
            }

            input.CheckText(root);
            if (input.Problems.Count > 0)
            {
                throw new ChildPlanInputException(input.Problems);
            }

            input.Known(root, "$", "format", "units", "agencies");
            var format = input.Str(root, "$", "format");
            if (format is not null and not (Format or FormatVersion1))
            {
                input.Fail("$.format", $"'{format}' is not '{Format}' (or '{FormatVersion1}').");
            }

            var version1 = format == FormatVersion1;
            var units = input.Objects(root, "$", "units", (u, path) => ReadUnit(input, u, $"{name}: {path}", path, version1)).Select(u => u.Item).ToList();
            var agencies = input.Objects(root, "$", "agencies", (a, path) => ReadAgency(input, a, path)).Select(a => a.Item).ToList();
            return input.Problems.Count > 0
                ? throw new ChildPlanInputException(input.Problems)
                : new AdministrativeChanges { Units = units, Agencies = agencies };
        }
    }

    private static UnitChange? ReadUnit(JsonInput input, JsonElement u, string location, string path, bool version1)
    {
        if (version1)
        {
            input.Known(u, path, "code", "effective", "successor", "basis", "note");
        }
        else
        {
            input.Known(u, path, "from", "effective", "successor", "basis", "clause", "note");
        }

        var from = version1
            ? input.Str(u, path, "code") is { } code ? [new UnitContribution(code, UnitShare.Full)] : null
            : ReadFrom(input, u, path);
        var effective = input.LocalDate(u, path, "effective");
        var basis = input.Str(u, path, "basis");
        AdministrativeUnit? successor = null;
        if (input.Obj(u, path, "successor") is { } s)
        {
            var sp = path + ".successor";
            input.Known(s, sp, "code", "name", "level", "parent");
            var sCode = input.Str(s, sp, "code");
            var sName = input.Str(s, sp, "name");
            var level = input.Enum(s, sp, "level", Levels);
            if (sCode is not null && sName is not null && level is not null)
            {
                successor = new AdministrativeUnit(sCode, sName, level.Value, input.Str(s, sp, "parent", required: false));
            }
        }

        return from is null || effective is null || basis is null || successor is null
            ? null
            : new UnitChange
            {
                From = from,
                Effective = effective.Value,
                Successor = successor,
                Basis = basis,
                Clause = version1 ? null : input.Str(u, path, "clause", required: false),
                Note = input.Str(u, path, "note", required: false),
                Location = location,
            };
    }

    private static List<UnitContribution>? ReadFrom(JsonInput input, JsonElement u, string path)
    {
        var from = input.Objects(u, path, "from", (f, fp) =>
        {
            input.Known(f, fp, "code", "share");
            var code = input.Str(f, fp, "code");
            var share = input.Enum(f, fp, "share", Shares);
            return code is null || share is null ? null : new UnitContribution(code, share.Value);
        }).ToList();
        if (!u.TryGetProperty("from", out var array) || array.ValueKind == JsonValueKind.Null)
        {
            input.Fail($"{path}.from", "is required.");
        }
        else if (array.ValueKind == JsonValueKind.Array && array.GetArrayLength() == 0)
        {
            input.Fail($"{path}.from", "expected at least one old unit.");
        }

        foreach (var repeated in from.GroupBy(f => f.Item.Code, StringComparer.Ordinal).Where(g => g.Skip(1).Any()))
        {
            input.Fail($"{path}.from", $"old unit '{repeated.Key}' is listed twice.");
        }

        return from.Count == 0 ? null : from.Select(f => f.Item).ToList();
    }

    private static readonly IReadOnlyDictionary<string, UnitShare> Shares = new Dictionary<string, UnitShare>
    {
        ["full"] = UnitShare.Full,
        ["partial"] = UnitShare.Partial,
    };

    private static AgencyChange? ReadAgency(JsonInput input, JsonElement a, string path)
    {
        input.Known(a, path, "plans", "agency", "effective", "successor", "successorId", "basis", "note", "confirmed");
        var plans = input.Strings(a, path, "plans");
        if (plans.Count == 0)
        {
            input.Fail($"{path}.plans", "expected a non-empty array of plan ids.");
        }

        var agency = input.Str(a, path, "agency");
        var effective = input.LocalDate(a, path, "effective");
        var basis = input.Str(a, path, "basis");
        if (plans.Count == 0 || agency is null || effective is null || basis is null)
        {
            return null;
        }

        return new AgencyChange
        {
            PlanIds = plans,
            AgencyId = agency,
            Effective = effective.Value,
            SuccessorName = input.Str(a, path, "successor", required: false),
            SuccessorId = input.Str(a, path, "successorId", required: false),
            Basis = basis,
            Note = input.Str(a, path, "note", required: false),
            Confirmed = input.Bool(a, path, "confirmed") ?? true,
        };
    }

    private static readonly IReadOnlyDictionary<string, AdministrativeLevel> Levels = new Dictionary<string, AdministrativeLevel>
    {
        ["province"] = AdministrativeLevel.Province,
        ["district"] = AdministrativeLevel.District,
        ["commune"] = AdministrativeLevel.Commune,
    };

    /// <summary>
    /// Writes <paramref name="changes"/> as a <c>childplan.changes/2</c> file (UTF-8, indented, text not escaped) that
    /// <see cref="Read(Stream, string)"/> reads back the same.
    /// </summary>
    public static void Write(AdministrativeChanges changes, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(changes);
        ArgumentNullException.ThrowIfNull(stream);
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        static string Iso(NodaTime.LocalDate date) => NodaTime.Text.LocalDatePattern.Iso.Format(date);
        void Optional(string name, string? value)
        {
            if (value is not null)
            {
                w.WriteString(name, value);
            }
        }

        w.WriteStartObject();
        w.WriteString("format", Format);
        w.WriteStartArray("units");
        foreach (var u in changes.Units)
        {
            w.WriteStartObject();
            w.WriteString("effective", Iso(u.Effective));
            w.WriteStartObject("successor");
            w.WriteString("code", u.Successor.Code);
            w.WriteString("name", u.Successor.Name);
            w.WriteString("level", u.Successor.Level.ToString().ToLowerInvariant());
            Optional("parent", u.Successor.ParentCode);
            w.WriteEndObject();
            w.WriteStartArray("from");
            foreach (var f in u.From)
            {
                w.WriteStartObject();
                w.WriteString("code", f.Code);
                w.WriteString("share", f.Share.ToString().ToLowerInvariant());
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteString("basis", u.Basis);
            Optional("clause", u.Clause);
            Optional("note", u.Note);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("agencies");
        foreach (var a in changes.Agencies)
        {
            w.WriteStartObject();
            w.WriteStartArray("plans");
            foreach (var plan in a.PlanIds)
            {
                w.WriteStringValue(plan);
            }

            w.WriteEndArray();
            w.WriteString("agency", a.AgencyId);
            w.WriteString("effective", Iso(a.Effective));
            Optional("successor", a.SuccessorName);
            Optional("successorId", a.SuccessorId);
            w.WriteString("basis", a.Basis);
            if (!a.Confirmed)
            {
                w.WriteBoolean("confirmed", false);
            }

            Optional("note", a.Note);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>Reads changes from JSON text.</summary>
    /// <exception cref="ChildPlanInputException">The content is not valid.</exception>
    public static AdministrativeChanges Parse(string json, string name = "changes.json")
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        return Read(stream, name);
    }
}
