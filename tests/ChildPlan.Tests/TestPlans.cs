using ChildPlan.Formats;

namespace ChildPlan.Tests;

/// <summary>A small plan in the plan-file format, with one indicator of each kind, for engine tests.</summary>
internal static class TestPlans
{
    public const string SmallJson = """
    {
      "format": "childplan.plan/1",
      "id": "small",
      "title": "Kế hoạch thử",
      "area": "P",
      "document": { "kind": "KH", "number": "1", "symbol": "1/KH-UBND", "issuer": "UBND tỉnh Thử", "place": "Thử", "issued": "2021-06-09" },
      "years": { "from": 2021, "to": 2025 },
      "goals": [ { "id": "G1", "number": 1, "title": "Mục tiêu", "source": "I.1" } ],
      "agencies": [
        { "id": "so-a", "name": "Sở A", "level": "province", "kind": "department", "source": "III.1" },
        { "id": "ubnd", "name": "UBND tỉnh Thử", "level": "province", "kind": "people-committee", "source": "đầu văn bản" }
      ],
      "indicators": [
        { "id": "PCT", "number": 1, "goal": "G1", "name": "Tỷ lệ", "unit": "percent", "direction": "increase",
          "baseline": { "year": 2020, "value": 60 },
          "targets": [ { "year": 2025, "op": ">=", "value": 70 } ], "lead": "so-a", "source": "I.1.1" },
        { "id": "MR", "number": 2, "goal": "G1", "name": "Tỷ suất tử vong", "unit": "per-1000-live-births", "direction": "decrease",
          "targets": [ { "year": 2025, "op": "<", "value": 9.5 } ], "lead": "so-a", "source": "I.1.2" },
        { "id": "CNT", "number": 3, "goal": "G1", "name": "Số xã", "unit": "count", "direction": "increase",
          "targets": [ { "year": 2025, "op": ">=", "value": 8 } ], "lead": "so-a", "source": "I.1.3" },
        { "id": "SDD", "number": 4, "goal": "G1", "name": "Suy dinh dưỡng", "unit": "percent", "direction": "decrease",
          "measures": [
            { "id": "nong-thon", "name": "Nông thôn", "dimension": { "area": "rural" }, "targets": [ { "year": 2025, "op": "<", "value": 5 } ] },
            { "id": "thanh-thi", "name": "Thành thị", "dimension": { "area": "urban" }, "targets": [ { "year": 2025, "op": "<", "value": 10 } ] }
          ], "lead": "so-a", "source": "I.1.4" },
        { "id": "XONG", "number": 5, "goal": "G1", "name": "Hoàn thành", "unit": "yes-no", "direction": "increase",
          "targets": [ { "year": 2025, "op": "=", "value": 1 } ], "lead": "so-a", "source": "I.1.5" }
      ],
      "reporting": [
        { "id": "bc", "kind": "annual", "from": "so-a", "to": "ubnd", "due": "--11-30", "source": "IV" }
      ]
    }
    """;

    public static Plan Small() => PlanFile.Parse(SmallJson, "small.plan.json");

    /// <summary>Province P with districts D1, D2; commune C1 under D1.</summary>
    public static AdministrativeHierarchyUnits Units { get; } = new(
    [
        new AdministrativeUnit("P", "Tỉnh Thử", AdministrativeLevel.Province, null),
        new AdministrativeUnit("D1", "Huyện Một", AdministrativeLevel.District, "P"),
        new AdministrativeUnit("D2", "Huyện Hai", AdministrativeLevel.District, "P"),
        new AdministrativeUnit("C1", "Xã Một", AdministrativeLevel.Commune, "D1"),
        new AdministrativeUnit("C2", "Xã Hai", AdministrativeLevel.Commune, "D1"),
    ]);

    public static Observation Obs(string indicator, int year, decimal? value = null, decimal? numerator = null, decimal? denominator = null, string? unit = null, string? measure = null, int line = 2) =>
        new()
        {
            IndicatorId = indicator,
            MeasureId = measure,
            Year = year,
            Value = value,
            Numerator = numerator,
            Denominator = denominator,
            UnitCode = unit,
            Location = new InputLocation("data.csv", line),
        };
}

internal sealed record AdministrativeHierarchyUnits(IReadOnlyList<AdministrativeUnit> List)
{
    public ChildPlan.Indicators.AdministrativeHierarchy Hierarchy => new(List);
}
