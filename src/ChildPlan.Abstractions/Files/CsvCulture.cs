using System.Globalization;

namespace ChildPlan.Files;

/// <summary>
/// How a CSV file writes its numbers: the field separator and the number format. Data files are
/// always read with an explicit culture, never the machine's.
/// </summary>
public sealed record CsvCulture
{
    private CsvCulture(string name, char separator, NumberFormatInfo numbers)
    {
        Name = name;
        Separator = separator;
        Numbers = numbers;
    }

    /// <summary>Comma-separated with <c>.</c> decimals and no thousands separator (the default).</summary>
    public static CsvCulture Invariant { get; } = new("invariant", ',', NumberFormatInfo.InvariantInfo);

    /// <summary>As Vietnamese Excel writes it: <c>;</c>-separated, <c>,</c> decimals, <c>.</c> thousands.</summary>
    public static CsvCulture Vietnamese { get; } = new(
        "vi-VN",
        ';',
        NumberFormatInfo.ReadOnly(new NumberFormatInfo { NumberDecimalSeparator = ",", NumberGroupSeparator = ".", NegativeSign = "-" }));

    /// <summary>The culture's name (<c>invariant</c>, <c>vi-VN</c>).</summary>
    public string Name { get; }

    /// <summary>The field separator.</summary>
    public char Separator { get; }

    /// <summary>How numbers are written.</summary>
    public NumberFormatInfo Numbers { get; }

    /// <summary>Finds a culture by name (<c>invariant</c> or <c>vi-VN</c>, case-insensitive).</summary>
    /// <exception cref="ArgumentException">The name is not a supported culture.</exception>
    public static CsvCulture FromName(string name) => name.ToUpperInvariant() switch
    {
        "INVARIANT" or "" => Invariant,
        "VI-VN" or "VI" => Vietnamese,
        _ => throw new ArgumentException($"Unsupported data culture '{name}'; use 'invariant' or 'vi-VN'.", nameof(name)),
    };

    internal bool TryParse(string text, out decimal value) =>
        decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | (ReferenceEquals(this, Invariant) ? NumberStyles.None : NumberStyles.AllowThousands), Numbers, out value);
}
