using System.Globalization;

namespace ChildPlan.Formats;

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

    /// <summary>
    /// Parses a number. Thousands separators are accepted only in groups of three (<c>214.825</c>), so a
    /// misplaced one (<c>26.4</c> in a <c>vi-VN</c> file) is refused rather than read ten times too large.
    /// </summary>
    internal bool TryParse(ReadOnlySpan<char> text, out decimal value)
    {
        if (!ReferenceEquals(this, Invariant) && text.Contains(Numbers.NumberGroupSeparator, StringComparison.Ordinal))
        {
            return TryParse(text.ToString(), out value);
        }

        return decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, Numbers, out value);
    }

    /// <inheritdoc cref="TryParse(ReadOnlySpan{char}, out decimal)"/>
    internal bool TryParse(string text, out decimal value)
    {
        var group = Numbers.NumberGroupSeparator;
        var styles = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;
        if (!ReferenceEquals(this, Invariant) && text.Contains(group, StringComparison.Ordinal))
        {
            var integral = text.Split(Numbers.NumberDecimalSeparator)[0].TrimStart('-', '+');
            var groups = integral.Split(group);
            if (groups[0].Length is 0 or > 3 || groups.Skip(1).Any(g => g.Length != 3))
            {
                value = 0;
                return false;
            }

            styles |= NumberStyles.AllowThousands;
        }

        return decimal.TryParse(text, styles, Numbers, out value);
    }
}
