using System.IO.Abstractions;
using System.Text;
using System.Text.Json;
using NodaTime.Text;

namespace ChildPlan.Formats;

/// <summary>
/// Reads and writes plan files (<c>childplan.plan/1</c>, see docs/formats.md). A bad plan file is
/// rejected with the JSON path of every problem found: first what makes it unreadable (JSON types,
/// unknown or missing properties, values that do not parse), then, once it reads, the rules of
/// <see cref="PlanValidator"/>.
/// </summary>
public static partial class PlanFile
{
    /// <summary>The format identifier written in every plan file.</summary>
    public const string Format = "childplan.plan/1";

    /// <summary>
    /// The most characters a text in a plan or changes file may have (a title, a name, a note): what a workbook cell
    /// holds, so every text of a plan fits a report and a workbook whole.
    /// </summary>
    public const int MaxTextLength = 32_767;

    /// <summary>The largest plan file read (16 MiB); the largest real plan is a few hundred kilobytes.</summary>
    public const long MaxFileBytes = 16L * 1024 * 1024;

    /// <summary>Reads a plan file through <paramref name="fileSystem"/>.</summary>
    /// <exception cref="ChildPlanInputException">The file is missing or not a valid plan.</exception>
    public static Plan Read(IFileSystem fileSystem, string path)
    {
        ArgumentNullException.ThrowIfNull(fileSystem);
        if (!fileSystem.File.Exists(path))
        {
            throw new ChildPlanInputException(path, "the plan file does not exist.");
        }

        if (fileSystem.FileInfo.New(path).Length > MaxFileBytes)
        {
            throw new ChildPlanInputException(path, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"the plan file is larger than {MaxFileBytes:N0} bytes (PlanFile.MaxFileBytes); it is not read."));
        }

        using var stream = fileSystem.File.OpenRead(path);
        return Read(stream, path);
    }

    /// <summary>Reads a plan from <paramref name="stream"/>; <paramref name="name"/> is used in messages.</summary>
    /// <exception cref="ChildPlanInputException">The content is not a valid plan.</exception>
    public static Plan Read(Stream stream, string name)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(stream, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            var line = e.LineNumber is { } l ? $":{l + 1}" : string.Empty;
            throw new ChildPlanInputException($"{name}{line}", $"not valid JSON: {e.Message}");
        }

        using (document)
        {
            return new PlanReader(name).Read(document.RootElement);
        }
    }

    /// <summary>Reads a plan from JSON text; <paramref name="name"/> is used in messages.</summary>
    /// <exception cref="ChildPlanInputException">The content is not a valid plan.</exception>
    public static Plan Parse(string json, string name = "plan.json")
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        return Read(stream, name);
    }

    private sealed class PlanReader(string file) : JsonInput(file)
    {
        private static readonly LocalDatePattern IsoDate = LocalDatePattern.Iso;
        private static readonly AnnualDatePattern AnnualPattern = AnnualDatePattern.CreateWithInvariantCulture("'--'MM'-'dd");
        private string documentSymbol = "?";

        public Plan Read(JsonElement root)
        {
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw Refuse("$", "a plan file is a JSON object.");
            }

            CheckText(root);
            if (problems.Count > 0)
            {
                throw new ChildPlanInputException(problems);
            }

            Known(root, "$", "format", "id", "profile", "title", "area", "document", "years", "notes", "goals", "agencies", "indicators", "tasks", "funding", "reporting");
            var format = Str(root, "$", "format");
            if (format is not null && format != Format)
            {
                Fail("$.format", $"'{format}' is not a supported format; expected '{Format}'.");
            }

            var id = Str(root, "$", "id");
            var document = ReadDocument(root);
            var years = ReadYears(root);
            var goals = Objects(root, "$", "goals", ReadGoal);
            var agencies = Objects(root, "$", "agencies", ReadAgency);
            var indicators = Objects(root, "$", "indicators", ReadIndicator);
            var tasks = Objects(root, "$", "tasks", ReadTask);
            var reporting = Objects(root, "$", "reporting", ReadReporting);
            var funding = Objects(root, "$", "funding", ReadFunding);

            if (problems.Count > 0 || document is null || years is null || id is null)
            {
                throw new ChildPlanInputException(problems);
            }

            // Every item read, so the model's positions are the file's and the validator's paths are the file's.
            var plan = new Plan
            {
                Id = id,
                ProfileId = Str(root, "$", "profile", required: false),
                Title = Str(root, "$", "title") ?? string.Empty,
                AreaCode = Str(root, "$", "area", required: false),
                Document = document,
                Years = years.Value,
                Notes = Strings(root, "$", "notes"),
                Goals = goals.Select(g => g.Item).ToList(),
                Agencies = agencies.Select(a => a.Item).ToList(),
                Indicators = indicators.Select(i => i.Item).ToList(),
                Tasks = tasks.Select(t => t.Item).ToList(),
                Funding = funding.Select(f => f.Item).ToList(),
                Reporting = reporting.Select(r => r.Item).ToList(),
            };
            foreach (var problem in PlanValidator.Validate(plan))
            {
                Fail(problem.Where, problem.Message);
            }

            if (problems.Count > 0)
            {
                throw new ChildPlanInputException(problems);
            }

            return plan;
        }

        private PlanDocument? ReadDocument(JsonElement root)
        {
            const string path = "$.document";
            if (Obj(root, "$", "document") is not { } d)
            {
                return null;
            }

            Known(d, path, "kind", "number", "symbol", "title", "part", "issuer", "parentIssuer", "place", "issued", "signer", "legalBases", "recipients", "file");
            var symbol = Str(d, path, "symbol", false);
            var title = Str(d, path, "title", false);
            var issued = Str(d, path, "issued", false) is null ? null : Date(d, path, "issued");
            Signer? signer = null;
            if (Obj(d, path, "signer", required: false) is { } s)
            {
                var sp = $"{path}.signer";
                Known(s, sp, "authority", "capacity", "title", "name");
                signer = new Signer(Str(s, sp, "authority", false), Str(s, sp, "capacity", false), Str(s, sp, "title") ?? string.Empty, Str(s, sp, "name", false));
            }

            var kind = Str(d, path, "kind");
            var issuer = Str(d, path, "issuer");
            if (kind is null || issuer is null)
            {
                return null;
            }

            documentSymbol = symbol ?? title ?? issuer;

            return new PlanDocument
            {
                Kind = kind,
                Number = Str(d, path, "number", false),
                Symbol = symbol,
                Title = title,
                Part = Str(d, path, "part", false),
                Issuer = issuer,
                ParentIssuer = Str(d, path, "parentIssuer", false),
                Place = Str(d, path, "place", false),
                Issued = issued,
                Signer = signer,
                LegalBases = Strings(d, path, "legalBases"),
                Recipients = Strings(d, path, "recipients"),
                File = Str(d, path, "file", false),
            };
        }

        private YearSpan? ReadYears(JsonElement root)
        {
            const string path = "$.years";
            if (Obj(root, "$", "years") is not { } y)
            {
                return null;
            }

            Known(y, path, "from", "to");
            var from = Int(y, path, "from");
            var to = Int(y, path, "to");
            if (from is null || to is null)
            {
                return null;
            }

            if (to < from)
            {
                Fail($"{path}.to", $"the plan ends ({to}) before it starts ({from}).");
                return null;
            }

            return new YearSpan(from.Value, to.Value);
        }

        private Goal? ReadGoal(JsonElement e, string path)
        {
            Known(e, path, "id", "number", "title", "source");
            var id = Str(e, path, "id");
            var title = Str(e, path, "title");
            var source = Source(e, path);
            return id is null || title is null || source is null ? null : new Goal { Id = id, Number = Int(e, path, "number", false), Title = title, Source = source };
        }

        private Agency? ReadAgency(JsonElement e, string path)
        {
            Known(e, path, "id", "number", "name", "level", "kind", "requested", "duties", "source");
            var id = Str(e, path, "id");
            var name = Str(e, path, "name");
            var level = Enum(e, path, "level", LevelNames);
            var kind = Enum(e, path, "kind", KindNames);
            var source = Source(e, path);
            if (id is null || name is null || level is null || kind is null || source is null)
            {
                return null;
            }

            return new Agency
            {
                Id = id,
                Number = Str(e, path, "number", false),
                Name = name,
                Level = level.Value,
                Kind = kind.Value,
                Requested = Bool(e, path, "requested") ?? false,
                Duties = Strings(e, path, "duties"),
                Source = source,
            };
        }

        private Indicator? ReadIndicator(JsonElement e, string path)
        {
            Known(e, path, "id", "number", "goal", "name", "unit", "direction", "baseline", "targets", "measures", "lead", "support", "assessments", "note", "source");
            var id = Str(e, path, "id");
            var goal = Str(e, path, "goal");
            var name = Str(e, path, "name");
            var source = Source(e, path);
            var hasMeasures = e.TryGetProperty("measures", out var measuresElement) && measuresElement.ValueKind != JsonValueKind.Null;
            var unit = Unit(e, path, required: !hasMeasures);
            var direction = Enum(e, path, "direction", DirectionNames, required: !hasMeasures);
            List<Measure> measures;
            if (hasMeasures)
            {
                if (e.TryGetProperty("targets", out _) || e.TryGetProperty("baseline", out _))
                {
                    Fail(path, "an indicator with 'measures' has its targets and baseline on each measure, not on the indicator.");
                }

                measures = Objects(e, path, "measures", (m, mp) => ReadMeasure(m, mp, unit, direction)).Select(m => m.Item).ToList();
                if (measures.Count == 0)
                {
                    Fail($"{path}.measures", "'measures' is empty; leave it out for a single-measure indicator.");
                }
            }
            else
            {
                measures = unit is null || direction is null
                    ? []
                    : [new Measure { Unit = unit.Value, Direction = direction.Value, Baseline = ReadBaseline(e, path), Targets = ReadTargets(e, path) }];
            }

            if (id is null || goal is null || name is null || source is null || (!hasMeasures && measures.Count == 0))
            {
                return null;
            }

            return new Indicator
            {
                Id = id,
                Number = Int(e, path, "number", false),
                GoalId = goal,
                Name = name,
                Measures = measures,
                Responsibility = ReadResponsibility(e, path),
                Assessments = Objects(e, path, "assessments", ReadAssessment).Select(a => a.Item).ToList(),
                Note = Str(e, path, "note", false),
                Source = source,
            };
        }

        private Measure? ReadMeasure(JsonElement e, string path, IndicatorUnit? defaultUnit, Direction? defaultDirection)
        {
            Known(e, path, "id", "name", "unit", "direction", "dimension", "baseline", "targets");
            var id = Str(e, path, "id");
            var name = Str(e, path, "name");
            var unit = Unit(e, path, required: defaultUnit is null) ?? defaultUnit;
            var direction = Enum(e, path, "direction", DirectionNames, required: defaultDirection is null) ?? defaultDirection;
            var dimension = new Dictionary<string, string>(StringComparer.Ordinal);
            if (Obj(e, path, "dimension", required: false) is { } d)
            {
                foreach (var p in d.EnumerateObject())
                {
                    if (p.Value.ValueKind == JsonValueKind.String)
                    {
                        dimension[p.Name] = p.Value.GetString()!;
                    }
                    else
                    {
                        Fail($"{path}.dimension.{p.Name}", "a dimension value is a string.");
                    }
                }
            }

            if (id is null || name is null || unit is null || direction is null)
            {
                return null;
            }

            return new Measure
            {
                Id = id,
                Name = name,
                Unit = unit.Value,
                Direction = direction.Value,
                Dimension = dimension,
                Baseline = ReadBaseline(e, path),
                Targets = ReadTargets(e, path),
            };
        }

        private Baseline? ReadBaseline(JsonElement e, string path)
        {
            if (Obj(e, path, "baseline", required: false) is not { } b)
            {
                return null;
            }

            var bp = $"{path}.baseline";
            Known(b, bp, "year", "value", "source");
            var year = Int(b, bp, "year");
            var value = Dec(b, bp, "value");
            return year is null || value is null ? null : new Baseline(year.Value, value.Value, Source(b, bp, required: false));
        }

        private List<Target> ReadTargets(JsonElement e, string path) =>
            Objects(e, path, "targets", ReadTarget).Select(t => t.Item).ToList();

        private Target? ReadTarget(JsonElement e, string path)
        {
            Known(e, path, "year", "from", "op", "value", "min", "max", "text");
            var year = Int(e, path, "year");
            var from = Int(e, path, "from", false);
            var opText = Str(e, path, "op");
            var op = opText is null ? null : Comparisons.Parse(opText);
            if (opText is not null && op is null)
            {
                Fail($"{path}.op", $"'{opText}' is not one of <, <=, >, >=, =, between.");
            }

            decimal? value;
            decimal? max = null;
            if (op == Comparison.Between)
            {
                value = Dec(e, path, "min");
                max = Dec(e, path, "max");
            }
            else
            {
                value = Dec(e, path, "value");
            }

            if (year is null || op is null || value is null || (op == Comparison.Between && max is null))
            {
                return null;
            }

            return new Target { Year = year.Value, FromYear = from, Comparison = op.Value, Value = value.Value, Max = max, Text = Str(e, path, "text", false) };
        }

        private RecordedAssessment? ReadAssessment(JsonElement e, string path)
        {
            Known(e, path, "year", "status", "text");
            var year = Int(e, path, "year");
            var status = Enum(e, path, "status", AssessmentNames);
            return year is null || status is null ? null : new RecordedAssessment(year.Value, status.Value, Str(e, path, "text", false));
        }

        private PlanTask? ReadTask(JsonElement e, string path)
        {
            Known(e, path, "id", "number", "kind", "title", "activities", "area", "lead", "support", "source");
            var id = Str(e, path, "id");
            var title = Str(e, path, "title");
            var source = Source(e, path);
            if (id is null || title is null || source is null)
            {
                return null;
            }

            return new PlanTask
            {
                Id = id,
                Number = Str(e, path, "number", false),
                Kind = Enum(e, path, "kind", TaskKindNames, required: false) ?? TaskKind.Task,
                Title = title,
                Activities = Strings(e, path, "activities"),
                Area = Str(e, path, "area", false),
                Responsibility = ReadResponsibility(e, path),
                Source = source,
            };
        }

        private FundingSource? ReadFunding(JsonElement e, string path)
        {
            Known(e, path, "text", "source");
            var text = Str(e, path, "text");
            var source = Source(e, path);
            return text is null || source is null ? null : new FundingSource(text, source);
        }

        private ReportingRequirement? ReadReporting(JsonElement e, string path)
        {
            Known(e, path, "id", "kind", "from", "to", "via", "due", "before", "year", "text", "source");
            var id = Str(e, path, "id");
            var kind = Enum(e, path, "kind", ReportingStepKindNames);
            var from = Str(e, path, "from");
            var to = Str(e, path, "to");
            var source = Source(e, path);
            var before = Bool(e, path, "before") ?? false;
            Deadline? due = null;
            if (Str(e, path, "due", false) is { } dueText)
            {
                var annual = AnnualPattern.Parse(dueText);
                var once = IsoDate.Parse(dueText);
                if (annual.Success)
                {
                    due = Deadline.Every(annual.Value, before);
                }
                else if (once.Success)
                {
                    due = Deadline.On(once.Value, before);
                }
                else
                {
                    Fail($"{path}.due", $"'{dueText}' is neither --MM-DD (every year) nor YYYY-MM-DD (once).");
                }
            }

            if (id is null || kind is null || from is null || to is null || source is null)
            {
                return null;
            }

            return new ReportingRequirement
            {
                Id = id,
                Kind = kind.Value,
                From = from,
                To = to,
                Via = Str(e, path, "via", false),
                Due = due,
                Year = Int(e, path, "year", false),
                Text = Str(e, path, "text", false),
                Source = source,
            };
        }

        private Responsibility ReadResponsibility(JsonElement e, string path)
        {
            // "lead": "x" for one lead, "lead": ["x", "y"] for co-leads (both "chủ trì").
            var leads = e.TryGetProperty("lead", out var lead) && lead.ValueKind == JsonValueKind.Array
                ? Strings(e, path, "lead")
                : Str(e, path, "lead", false) is { } one ? [one] : [];
            if (leads.Count == 0 && lead.ValueKind == JsonValueKind.Array)
            {
                Fail($"{path}.lead", "an empty list; leave 'lead' out (or null) where the document names no lead.");
            }

            var support = Strings(e, path, "support");
            return leads.Count == 0 && support.Count == 0 ? Responsibility.None : new Responsibility(leads, support);
        }

        private SourceReference? Source(JsonElement e, string path, bool required = true)
        {
            if (!e.TryGetProperty("source", out var s) || s.ValueKind == JsonValueKind.Null)
            {
                if (required)
                {
                    Fail($"{path}.source", "every item needs a source: the section of the document it comes from.");
                }

                return null;
            }

            if (s.ValueKind == JsonValueKind.String && s.GetString() is { Length: > 0 } section)
            {
                return new SourceReference(documentSymbol, section);
            }

            if (s.ValueKind == JsonValueKind.Object)
            {
                var sp = $"{path}.source";
                Known(s, sp, "document", "section");
                var doc = Str(s, sp, "document");
                var sec = Str(s, sp, "section");
                return doc is null || sec is null ? null : new SourceReference(doc, sec);
            }

            Fail($"{path}.source", "a source is a non-empty string (the section) or {\"document\", \"section\"}.");
            return null;
        }

        private IndicatorUnit? Unit(JsonElement e, string path, bool required)
        {
            var text = Str(e, path, "unit", required);
            if (text is null)
            {
                return null;
            }

            var unit = IndicatorUnits.ParseFileName(text);
            if (unit is null)
            {
                Fail($"{path}.unit", $"'{text}' is not one of {string.Join(", ", IndicatorUnits.All.Select(u => u.FileName()))}.");
            }

            return unit;
        }


        private DocumentDate? Date(JsonElement e, string path, string name)
        {
            var text = Str(e, path, name);
            if (text is null)
            {
                return null;
            }

            if (DocumentDate.TryParse(text, out var date))
            {
                return date;
            }

            Fail($"{path}.{name}", $"'{text}' is not a date in the form YYYY-MM-DD (or YYYY-MM when the document leaves the day blank).");
            return null;
        }

        private ChildPlanInputException Refuse(string path, string message)
        {
            Fail(path, message);
            return new ChildPlanInputException(problems);
        }
    }

    internal static readonly IReadOnlyDictionary<string, Direction> DirectionNames = new Dictionary<string, Direction>
    {
        ["increase"] = Direction.Increase,
        ["decrease"] = Direction.Decrease,
        ["maintain"] = Direction.Maintain,
    };

    internal static readonly IReadOnlyDictionary<string, AgencyLevel> LevelNames = new Dictionary<string, AgencyLevel>
    {
        ["province"] = AgencyLevel.Province,
        ["district"] = AgencyLevel.District,
        ["commune"] = AgencyLevel.Commune,
        ["organisation"] = AgencyLevel.Organisation,
        ["national"] = AgencyLevel.National,
    };

    internal static readonly IReadOnlyDictionary<string, AgencyKind> KindNames = new Dictionary<string, AgencyKind>
    {
        ["people-committee"] = AgencyKind.PeopleCommittee,
        ["department"] = AgencyKind.Department,
        ["office"] = AgencyKind.Office,
        ["police"] = AgencyKind.Police,
        ["mass-organisation"] = AgencyKind.MassOrganisation,
        ["judicial"] = AgencyKind.Judicial,
        ["service-unit"] = AgencyKind.ServiceUnit,
        ["group"] = AgencyKind.Group,
        ["ministry"] = AgencyKind.Ministry,
    };

    internal static readonly IReadOnlyDictionary<string, ReportingStepKind> ReportingStepKindNames = new Dictionary<string, ReportingStepKind>
    {
        ["annual"] = ReportingStepKind.Annual,
        ["six-monthly"] = ReportingStepKind.SixMonthly,
        ["one-off"] = ReportingStepKind.OneOff,
        ["ad-hoc"] = ReportingStepKind.AdHoc,
        ["midterm"] = ReportingStepKind.Midterm,
        ["final"] = ReportingStepKind.Final,
    };

    internal static readonly IReadOnlyDictionary<string, TaskKind> TaskKindNames = new Dictionary<string, TaskKind>
    {
        ["task"] = TaskKind.Task,
        ["activity"] = TaskKind.Activity,
        ["solution"] = TaskKind.Solution,
    };

    internal static readonly IReadOnlyDictionary<string, AchievementStatus> AssessmentNames = new Dictionary<string, AchievementStatus>
    {
        ["Exceeded"] = AchievementStatus.Exceeded,
        ["Achieved"] = AchievementStatus.Achieved,
        ["NotAchieved"] = AchievementStatus.NotAchieved,
    };

    internal static string NameOf<T>(IReadOnlyDictionary<string, T> names, T value)
        where T : struct => names.First(p => EqualityComparer<T>.Default.Equals(p.Value, value)).Key;
}
