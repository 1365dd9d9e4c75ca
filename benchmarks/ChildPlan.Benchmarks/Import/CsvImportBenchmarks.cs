using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using ChildPlan.Benchmarks.Data;
using ChildPlan.Formats;

namespace ChildPlan.Benchmarks.Import;

/// <summary>
/// A data CSV of the national data (3,321 communes × 32 measures × 10 years: 1,062,720 rows, written by
/// <see cref="ObservationFile.Write"/> to a temporary file) read through <see cref="ObservationFile.Read(TextReader, string, CsvCulture)"/>,
/// against <see cref="File.ReadLines(string)"/> with <see cref="string.Split(char, StringSplitOptions)"/> and
/// <see cref="decimal.Parse(string, IFormatProvider)"/> into the same observations.
/// </summary>
[MemoryDiagnoser]
[WarmupCount(1)]
[IterationCount(3)]
public class CsvImportBenchmarks
{
    private string path = null!;

    /// <summary>Communes in the file (100 with <c>CHILDPLAN_BENCH_SMOKE=1</c>).</summary>
    [ParamsSource(nameof(CommuneCounts))]
    public int Communes { get; set; }

    /// <summary>The values of <see cref="Communes"/>.</summary>
    public static IEnumerable<int> CommuneCounts => [Smoke.Enabled ? 100 : NationalData.Communes];

    /// <summary>Writes the file and checks that both readers give the same observations.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var data = NationalData.Create(RealPlan.Plan, Communes);
        path = Path.Combine(Path.GetTempPath(), $"childplan-bench-{Environment.ProcessId}-{Communes}.csv");
        using (var writer = new StreamWriter(path, false, new UTF8Encoding(false)))
        {
            ObservationFile.Write(writer, data.Observations);
        }

        var library = ChildPlan();
        var baseline = SplitParse();
        if (library.Count != data.Observations.Count || baseline.Count != library.Count)
        {
            throw new InvalidOperationException($"CSV: {data.Observations.Count} rows written, ChildPlan read {library.Count}, the baseline {baseline.Count}.");
        }

        for (var i = 0; i < library.Count; i++)
        {
            if (library[i] != baseline[i])
            {
                throw new InvalidOperationException($"CSV: row {i} differs: ChildPlan {library[i]}, baseline {baseline[i]}.");
            }
        }
    }

    /// <summary>Deletes the file.</summary>
    [GlobalCleanup]
    public void Cleanup() => File.Delete(path);

    /// <summary>The floor: read lines, split on commas, parse.</summary>
    [Benchmark(Baseline = true)]
    public List<Observation> SplitParse()
    {
        using var lines = File.ReadLines(path).GetEnumerator();
        lines.MoveNext();
        var header = lines.Current.Split(',');
        int Column(string name) => Array.IndexOf(header, name);
        var (indicator, measure, year, value, numerator, denominator, unit, source) =
            (Column("indicator"), Column("measure"), Column("year"), Column("value"), Column("numerator"), Column("denominator"), Column("unit"), Column("source"));
        var observations = new List<Observation>();
        var line = 1;
        while (lines.MoveNext())
        {
            line++;
            var f = lines.Current.Split(',');
            observations.Add(new Observation
            {
                IndicatorId = f[indicator],
                MeasureId = Empty(f[measure]),
                Year = int.Parse(f[year], CultureInfo.InvariantCulture),
                UnitCode = Empty(f[unit]),
                Value = Number(f[value]),
                Numerator = Number(f[numerator]),
                Denominator = Number(f[denominator]),
                Source = Empty(f[source]),
                Location = new InputLocation(path, line),
            });
        }

        return observations;
    }

    /// <summary>The library.</summary>
    [Benchmark]
    public IReadOnlyList<Observation> ChildPlan()
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        return ObservationFile.Read(reader, path, CsvCulture.Invariant);
    }

    private static string? Empty(string field) => field.Length == 0 ? null : field;

    private static decimal? Number(string field) => field.Length == 0 ? null : decimal.Parse(field, CultureInfo.InvariantCulture);
}
