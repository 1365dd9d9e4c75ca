using System.IO.Abstractions;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NodaTime.Text;

namespace ChildPlan.Formats;

public static partial class PlanFile
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes <paramref name="plan"/> as a plan file to <paramref name="stream"/> (UTF-8, indented, Vietnamese letters as letters).</summary>
    public static void Write(Plan plan, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(plan);
        using var w = new Utf8JsonWriter(stream, WriterOptions);
        WritePlan(w, plan);
    }

    /// <summary>Returns <paramref name="plan"/> as plan-file JSON text.</summary>
    public static string ToJson(Plan plan)
    {
        using var stream = new MemoryStream();
        Write(plan, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>
    /// Writes <paramref name="plan"/> to <paramref name="path"/> atomically: to a temporary file
    /// beside it, then moved into place.
    /// </summary>
    /// <exception cref="OutputExistsException">The file exists and <paramref name="overwrite"/> is false; nothing is written.</exception>
    public static void Write(IFileSystem fileSystem, string path, Plan plan, bool overwrite)
    {
        ArgumentNullException.ThrowIfNull(fileSystem);
        AtomicFile.Write(fileSystem, path, overwrite, stream => Write(plan, stream));
    }

    private static void WritePlan(Utf8JsonWriter w, Plan plan)
    {
        w.WriteStartObject();
        w.WriteString("format", Format);
        w.WriteString("id", plan.Id);
        WriteOptional(w, "profile", plan.ProfileId);
        w.WriteString("title", plan.Title);
        WriteOptional(w, "area", plan.AreaCode);
        WriteDocument(w, plan.Document);
        w.WriteStartObject("years");
        w.WriteNumber("from", plan.Years.From);
        w.WriteNumber("to", plan.Years.To);
        w.WriteEndObject();
        WriteStrings(w, "notes", plan.Notes, skipEmpty: true);
        w.WriteStartArray("goals");
        foreach (var g in plan.Goals)
        {
            w.WriteStartObject();
            w.WriteString("id", g.Id);
            WriteOptional(w, "number", g.Number);
            w.WriteString("title", g.Title);
            WriteSource(w, g.Source, plan);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("agencies");
        foreach (var a in plan.Agencies)
        {
            w.WriteStartObject();
            w.WriteString("id", a.Id);
            WriteOptional(w, "number", a.Number);
            w.WriteString("name", a.Name);
            w.WriteString("level", NameOf(LevelNames, a.Level));
            w.WriteString("kind", NameOf(KindNames, a.Kind));
            if (a.Requested)
            {
                w.WriteBoolean("requested", true);
            }

            WriteStrings(w, "duties", a.Duties);
            WriteSource(w, a.Source, plan);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("indicators");
        foreach (var i in plan.Indicators)
        {
            WriteIndicator(w, i, plan);
        }

        w.WriteEndArray();
        w.WriteStartArray("tasks");
        foreach (var t in plan.Tasks)
        {
            w.WriteStartObject();
            w.WriteString("id", t.Id);
            WriteOptional(w, "number", t.Number);
            if (t.Kind != TaskKind.Task)
            {
                w.WriteString("kind", NameOf(TaskKindNames, t.Kind));
            }

            w.WriteString("title", t.Title);
            WriteStrings(w, "activities", t.Activities);
            WriteOptional(w, "area", t.Area);
            WriteResponsibility(w, t.Responsibility);
            WriteSource(w, t.Source, plan);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        if (plan.Funding.Count > 0)
        {
            w.WriteStartArray("funding");
            foreach (var f in plan.Funding)
            {
                w.WriteStartObject();
                w.WriteString("text", f.Text);
                WriteSource(w, f.Source, plan);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        w.WriteStartArray("reporting");
        foreach (var r in plan.Reporting)
        {
            w.WriteStartObject();
            w.WriteString("id", r.Id);
            w.WriteString("kind", NameOf(ReportingStepKindNames, r.Kind));
            w.WriteString("from", r.From);
            w.WriteString("to", r.To);
            WriteOptional(w, "via", r.Via);
            if (r.Due is { } due)
            {
                w.WriteString("due", due.Annual is { } a
                    ? AnnualDatePattern.CreateWithInvariantCulture("'--'MM'-'dd").Format(a)
                    : LocalDatePattern.Iso.Format(due.Once!.Value));
                if (due.Before)
                {
                    w.WriteBoolean("before", true);
                }
            }

            WriteOptional(w, "year", r.Year);
            WriteOptional(w, "text", r.Text);
            WriteSource(w, r.Source, plan);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteDocument(Utf8JsonWriter w, PlanDocument d)
    {
        w.WriteStartObject("document");
        w.WriteString("kind", d.Kind);
        WriteOptional(w, "number", d.Number);
        WriteOptional(w, "symbol", d.Symbol);
        WriteOptional(w, "title", d.Title);
        WriteOptional(w, "part", d.Part);
        w.WriteString("issuer", d.Issuer);
        WriteOptional(w, "parentIssuer", d.ParentIssuer);
        WriteOptional(w, "place", d.Place);
        WriteOptional(w, "issued", d.Issued?.ToString());
        if (d.Signer is { } s)
        {
            w.WriteStartObject("signer");
            WriteOptional(w, "authority", s.Authority);
            WriteOptional(w, "capacity", s.Capacity);
            w.WriteString("title", s.Title);
            WriteOptional(w, "name", s.Name);
            w.WriteEndObject();
        }

        WriteStrings(w, "legalBases", d.LegalBases, skipEmpty: true);
        WriteStrings(w, "recipients", d.Recipients, skipEmpty: true);
        WriteOptional(w, "file", d.File);
        w.WriteEndObject();
    }

    private static void WriteIndicator(Utf8JsonWriter w, Indicator i, Plan plan)
    {
        w.WriteStartObject();
        w.WriteString("id", i.Id);
        if (i.Number is { } n)
        {
            w.WriteNumber("number", n);
        }
        else
        {
            w.WriteNull("number");
        }

        w.WriteString("goal", i.GoalId);
        w.WriteString("name", i.Name);
        if (i.IsSingleMeasure)
        {
            WriteMeasureBody(w, i.Measures[0], plan);
        }
        else
        {
            var first = i.Measures[0];
            if (i.Measures.All(m => m.Unit == first.Unit))
            {
                w.WriteString("unit", first.Unit.FileName());
            }

            if (i.Measures.All(m => m.Direction == first.Direction))
            {
                w.WriteString("direction", NameOf(DirectionNames, first.Direction));
            }

            w.WriteStartArray("measures");
            foreach (var m in i.Measures)
            {
                w.WriteStartObject();
                w.WriteString("id", m.Id);
                w.WriteString("name", m.Name);
                WriteMeasureBody(w, m, plan);
                if (m.Dimension.Count > 0)
                {
                    w.WriteStartObject("dimension");
                    foreach (var (key, value) in m.Dimension)
                    {
                        w.WriteString(key, value);
                    }

                    w.WriteEndObject();
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        WriteResponsibility(w, i.Responsibility);
        if (i.Assessments.Count > 0)
        {
            w.WriteStartArray("assessments");
            foreach (var a in i.Assessments)
            {
                w.WriteStartObject();
                w.WriteNumber("year", a.Year);
                w.WriteString("status", NameOf(AssessmentNames, a.Status));
                WriteOptional(w, "text", a.Text);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        WriteOptional(w, "note", i.Note);
        WriteSource(w, i.Source, plan);
        w.WriteEndObject();
    }

    private static void WriteMeasureBody(Utf8JsonWriter w, Measure m, Plan plan)
    {
        w.WriteString("unit", m.Unit.FileName());
        w.WriteString("direction", NameOf(DirectionNames, m.Direction));
        if (m.Baseline is { } b)
        {
            w.WriteStartObject("baseline");
            w.WriteNumber("year", b.Year);
            w.WriteNumber("value", b.Value);
            if (b.Source is { } s)
            {
                WriteSource(w, s, plan);
            }

            w.WriteEndObject();
        }

        w.WriteStartArray("targets");
        foreach (var t in m.Targets)
        {
            w.WriteStartObject();
            w.WriteNumber("year", t.Year);
            WriteOptional(w, "from", t.FromYear);
            w.WriteString("op", t.Comparison.Symbol());
            if (t.Comparison == Comparison.Between)
            {
                w.WriteNumber("min", t.Value);
                w.WriteNumber("max", t.Max!.Value);
            }
            else
            {
                w.WriteNumber("value", t.Value);
            }

            WriteOptional(w, "text", t.Text);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteResponsibility(Utf8JsonWriter w, Responsibility r)
    {
        switch (r.Leads.Count)
        {
            case 0:
                break;
            case 1:
                w.WriteString("lead", r.Leads[0]);
                break;
            default:
                WriteStrings(w, "lead", r.Leads);
                break;
        }

        WriteStrings(w, "support", r.Support);
    }

    private static void WriteSource(Utf8JsonWriter w, SourceReference source, Plan plan)
    {
        if (source.Document == plan.Document.Citation)
        {
            w.WriteString("source", source.Section);
        }
        else
        {
            w.WriteStartObject("source");
            w.WriteString("document", source.Document);
            w.WriteString("section", source.Section);
            w.WriteEndObject();
        }
    }

    private static void WriteStrings(Utf8JsonWriter w, string name, IReadOnlyList<string> values, bool skipEmpty = false)
    {
        if (skipEmpty && values.Count == 0)
        {
            return;
        }

        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteStringValue(v);
        }

        w.WriteEndArray();
    }

    private static void WriteOptional(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }

    private static void WriteOptional(Utf8JsonWriter w, string name, int? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, v);
        }
    }
}
