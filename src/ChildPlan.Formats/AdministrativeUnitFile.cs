using System.IO.Abstractions;
using System.Text;

namespace ChildPlan.Formats;

/// <summary>Reads administrative-unit files: CSV with columns <c>code,name,level,parent</c> and the optional <c>valid_from</c>, <c>valid_to</c> (ISO dates).</summary>
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
        var problems = new List<InputProblem>();
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
            if (!codes.Add(unit.Code))
            {
                problems.Add(new($"{name}:{line}", $"code '{unit.Code}' appears twice."));
            }
        }

        foreach (var (line, unit) in units)
        {
            if (unit.ParentCode is { } p && !codes.Contains(p))
            {
                problems.Add(new($"{name}:{line}", $"parent '{p}' of unit '{unit.Code}' is not in the file."));
            }
        }

        return problems.Count > 0 ? throw new ChildPlanInputException(problems) : units.Select(u => u.Unit).ToList();
    }
}
