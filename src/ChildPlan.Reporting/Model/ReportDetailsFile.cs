using System.IO.Abstractions;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime.Text;

namespace ChildPlan.Reporting.Model;

/// <summary>
/// Reads <see cref="ReportDetails"/> from JSON:
/// <c>{"issuingAgency": "…", "parentAgency": "…", "number": "125/BC-SLĐTBXH", "place": "Điện Biên", "date": "2025-12-05",
/// "signer": {"authority": null, "capacity": "KT. GIÁM ĐỐC", "title": "PHÓ GIÁM ĐỐC", "name": "…"},
/// "recipients": ["UBND tỉnh (b/c)", "Lưu: VT"], "situation": "…", "difficulties": "…", "proposals": "…"}</c>.
/// </summary>
public static class ReportDetailsFile
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    /// <summary>Reads a details file through <paramref name="fileSystem"/>.</summary>
    /// <exception cref="ChildPlanInputException">The file is missing or not valid; the message names the JSON path.</exception>
    public static ReportDetails Read(IFileSystem fileSystem, string path)
    {
        ArgumentNullException.ThrowIfNull(fileSystem);
        if (!fileSystem.File.Exists(path))
        {
            throw new ChildPlanInputException(path, "the report details file does not exist.");
        }

        using var stream = fileSystem.File.OpenRead(path);
        return Read(stream, path);
    }

    /// <summary>Reads details from <paramref name="stream"/>; <paramref name="name"/> is used in messages.</summary>
    /// <exception cref="ChildPlanInputException">The content is not valid.</exception>
    public static ReportDetails Read(Stream stream, string name)
    {
        Dto dto;
        try
        {
            dto = JsonSerializer.Deserialize<Dto>(stream, Options) ?? throw new ChildPlanInputException(name, "the file holds null.");
        }
        catch (JsonException e)
        {
            throw new ChildPlanInputException($"{name}: {e.Path ?? "$"}", e.Message.Split(" Path:", 2)[0]);
        }

        NodaTime.LocalDate? date = null;
        if (dto.Date is { } text)
        {
            var parsed = LocalDatePattern.Iso.Parse(text);
            date = parsed.Success ? parsed.Value : throw new ChildPlanInputException($"{name}: $.date", $"'{text}' is not a date in the form YYYY-MM-DD.");
        }

        if (dto.Signer is { Title: null or "" })
        {
            throw new ChildPlanInputException($"{name}: $.signer.title", "is required.");
        }

        return new ReportDetails
        {
            IssuingAgency = dto.IssuingAgency,
            ParentAgency = dto.ParentAgency,
            Number = dto.Number,
            Place = dto.Place,
            Date = date,
            Signer = dto.Signer is { } s ? new Signer(s.Authority, s.Capacity, s.Title!, s.Name) : null,
            Recipients = dto.Recipients,
            Situation = dto.Situation,
            Difficulties = dto.Difficulties,
            Proposals = dto.Proposals,
        };
    }

    private sealed record Dto(
        string? IssuingAgency,
        string? ParentAgency,
        string? Number,
        string? Place,
        string? Date,
        SignerDto? Signer,
        IReadOnlyList<string>? Recipients,
        string? Situation,
        string? Difficulties,
        string? Proposals);

    private sealed record SignerDto(string? Authority, string? Capacity, string? Title, string? Name);
}
