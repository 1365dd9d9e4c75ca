using System.IO.Abstractions;
using System.Text;
using NodaTime.Text;

namespace ChildPlan.Formats;

/// <summary>
/// Reads administrative-unit files: CSV with columns <c>code,name,level,parent</c> and the optional <c>valid_from</c>, <c>valid_to</c> (ISO dates).
/// A code may appear on several rows when their validity does not overlap (a code reused by a new unit); a unit is its
/// code with its validity. Parents must be in the file, must not loop, and a unit's chain of parents is at most
/// <see cref="AdministrativeUnit.MaxDepth"/> levels.
/// </summary>
public static class AdministrativeUnitFile
{
    private static readonly string[] Required = ["code", "name", "level", "parent"];

    /// <summary>Reads a units file through <paramref name="fileSystem"/>.</summary>
    /// <exception cref="ChildPlanInputException">The file is missing or malformed.</exception>
    public static IReadOnlyList<AdministrativeUnit> Read(IFileSystem fileSystem, string path)
    {
        ArgumentNullException.ThrowIfNull(fileSystem);
        if (!fileSystem.File.Exists(path))
        {
            throw new ChildPlanInputException(path, "the units file does not exist.");
        }

        using var reader = new StreamReader(fileSystem.File.OpenRead(path), Encoding.UTF8);
        return Read(reader, path);
    }

    /// <summary>Reads a units file from <paramref name="reader"/>; <paramref name="name"/> is used in messages.</summary>
    /// <exception cref="ChildPlanInputException">The content is malformed or inconsistent.</exception>
    public static IReadOnlyList<AdministrativeUnit> Read(TextReader reader, string name)
    {
        var table = CsvTable.Parse(name, reader, ',');
        var col = table.Columns(Required, ["valid_from", "valid_to"]);
        var problems = new InputProblemCollector();
        var units = new List<(int Line, AdministrativeUnit Unit)>();
        foreach (var (line, fields) in table.Rows)
        {
            var where = $"{name}:{line}";
            if (fields.Length != table.Header.Count)
            {
                problems.Add(new(where, $"{fields.Length} fields, but the header has {table.Header.Count}."));
                continue;
            }

            var code = fields[col["code"]].Trim();
            var unitName = fields[col["name"]].Trim();
            var levelText = fields[col["level"]].Trim();
            var parent = fields[col["parent"]].Trim();
            if (code.Length == 0 || unitName.Length == 0)
            {
                problems.Add(new(where, "code and name are required."));
                continue;
            }

            AdministrativeLevel? level = levelText.ToLowerInvariant() switch
            {
                "province" => AdministrativeLevel.Province,
                "district" => AdministrativeLevel.District,
                "commune" => AdministrativeLevel.Commune,
                _ => null,
            };
            if (level is null)
            {
                problems.Add(new(where, $"level '{levelText}' is not one of province, district, commune."));
                continue;
            }

            NodaTime.LocalDate? Date(string column)
            {
                if (!col.TryGetValue(column, out var i) || fields[i].Trim() is not { Length: > 0 } text)
                {
                    return null;
                }

                var parsed = NodaTime.Text.LocalDatePattern.Iso.Parse(text);
                if (!parsed.Success)
                {
                    problems.Add(new(where, $"{column} '{text}' is not a date in the form YYYY-MM-DD."));
                }

                return parsed.Success ? parsed.Value : null;
            }

            units.Add((line, new AdministrativeUnit(code, unitName, level.Value, parent.Length == 0 ? null : parent) { ValidFrom = Date("valid_from"), ValidTo = Date("valid_to") }));
        }

        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (line, unit) in units)
        {
            codes.Add(unit.Code);
            if (unit is { ValidFrom: { } from, ValidTo: { } to } && to < from)
            {
                problems.Add(new($"{name}:{line}", $"unit '{unit.Code}' ends ({Iso(to)}) before it begins ({Iso(from)})."));
            }
        }

        foreach (var versions in units.GroupBy(u => u.Unit.Code, StringComparer.Ordinal).Where(g => g.Skip(1).Any()))
        {
            var ordered = versions.OrderBy(v => v.Unit.ValidFrom ?? NodaTime.LocalDate.MinIsoValue).ToList();
            for (var i = 1; i < ordered.Count; i++)
            {
                var (previous, next) = (ordered[i - 1], ordered[i]);
                if (previous.Unit.ValidTo is not { } end || next.Unit.ValidFrom is not { } start || start <= end)
                {
                    problems.Add(new($"{name}:{next.Line}", $"code '{next.Unit.Code}' is also held by the unit at line {previous.Line} ({previous.Unit.Name}) on days this unit is valid; rows sharing a code need valid_to and valid_from that do not overlap."));
                }
            }
        }

        foreach (var (line, unit) in units)
        {
            if (unit.ParentCode is { } p && !codes.Contains(p))
            {
                problems.Add(new($"{name}:{line}", $"parent '{p}' of unit '{unit.Code}' is not in the file."));
            }
        }

        CheckNesting(units, name, problems);
        return problems.Count > 0 ? throw new ChildPlanInputException(problems) : units.Select(u => u.Unit).ToList();
    }

    private static string Iso(NodaTime.LocalDate date) => LocalDatePattern.Iso.Format(date);

    /// <summary>
    /// Writes <paramref name="units"/> as a units file (<c>code,name,level,parent,valid_from,valid_to</c>), in the order given,
    /// so that <see cref="Read(TextReader, string)"/> reads the same units back.
    /// </summary>
    public static void Write(TextWriter writer, IEnumerable<AdministrativeUnit> units)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(units);
        writer.Write("code,name,level,parent,valid_from,valid_to\n");
        foreach (var u in units)
        {
            string[] fields =
            [
                u.Code,
                u.Name,
                u.Level.ToString().ToLowerInvariant(),
                u.ParentCode ?? string.Empty,
                u.ValidFrom is { } from ? LocalDatePattern.Iso.Format(from) : string.Empty,
                u.ValidTo is { } to ? LocalDatePattern.Iso.Format(to) : string.Empty,
            ];
            CsvTable.WriteRow(writer, fields);
        }
    }

    /// <summary>
    /// Refuses parents that loop (a unit above itself) and chains deeper than <see cref="AdministrativeUnit.MaxDepth"/>,
    /// once per loop or chain, at the line of the unit named; iterative, so no file can exhaust the stack.
    /// </summary>
    private static void CheckNesting(List<(int Line, AdministrativeUnit Unit)> units, string name, InputProblemCollector problems)
    {
        const int InLoop = -1;
        var byCode = new Dictionary<string, (int Line, AdministrativeUnit Unit)>(StringComparer.Ordinal);
        foreach (var entry in units)
        {
            byCode.TryAdd(entry.Unit.Code, entry);
        }

        var depths = new Dictionary<string, int>(StringComparer.Ordinal);
        var path = new List<string>();
        var onPath = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (_, start) in units)
        {
            path.Clear();
            onPath.Clear();
            var code = start.Code;
            int below; // the depth of the unit above the path, 0 at the top, or InLoop
            while (true)
            {
                if (depths.TryGetValue(code, out var known))
                {
                    below = known;
                    break;
                }

                if (onPath.TryGetValue(code, out var index))
                {
                    var loop = path.Skip(index).ToList();
                    var first = loop.Select(c => byCode[c]).MinBy(e => e.Line);
                    problems.Add(new($"{name}:{first.Line}", $"unit '{first.Unit.Code}' is its own ancestor: its parents loop ({string.Join(" > ", loop.Take(10))}{(loop.Count > 10 ? " > ..." : string.Empty)} > {loop[0]})."));
                    below = InLoop;
                    break;
                }

                onPath[code] = path.Count;
                path.Add(code);
                if (byCode[code].Unit.ParentCode is not { } parent || !byCode.ContainsKey(parent))
                {
                    below = 0;
                    break;
                }

                code = parent;
            }

            for (var i = path.Count - 1; i >= 0; i--)
            {
                below = below == InLoop ? InLoop : below + 1;
                depths[path[i]] = below;
                if (below == AdministrativeUnit.MaxDepth + 1)
                {
                    var (line, unit) = byCode[path[i]];
                    problems.Add(new($"{name}:{line}", $"unit '{unit.Code}' is nested {AdministrativeUnit.MaxDepth + 1} levels deep; at most {AdministrativeUnit.MaxDepth} levels are allowed."));
                }
            }
        }
    }
}
