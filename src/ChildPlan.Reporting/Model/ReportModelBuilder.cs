using System.Globalization;
using System.Text;
using ChildPlan.Indicators;
using ChildPlan.Reporting.Localization;
using ChildPlan.Reporting.Rendering;
using NodaTime;

namespace ChildPlan.Reporting.Model;

/// <summary>Builds the <see cref="ReportModel"/> templates render, from a plan and its evaluation.</summary>
public static class ReportModelBuilder
{
    /// <summary>Days before a deadline from which it counts as due.</summary>
    public const int DueWithinDays = 30;

    /// <summary>
    /// Builds the model of <paramref name="kind"/>. The annual and six-monthly reports write the <see cref="ReportInput.Results"/>
    /// of their period, which are checked first however they were made: of the plan, for the plan area's report, and fitting the
    /// plan (<see cref="ResultValidator"/>).
    /// </summary>
    /// <exception cref="ArgumentException">The plan has no report of <paramref name="kind"/>, or the results are of another plan or given to a unit's report.</exception>
    /// <exception cref="ChildPlanInputException">A result does not fit the plan (an unknown reporter or item, a year outside the plan, a quantity out of range…).</exception>
    public static ReportModel Build(ReportKind kind, ReportInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var plan = input.Plan;
        ReportKinds.Require(kind, plan);
        var details = input.Details;
        var date = details.Date ?? (kind == ReportKind.SixMonthly ? input.SixMonthlyDate ?? ReportDate.Default(plan, input.Year, ReportKind.SixMonthly, input.Changes) : input.Date);
        var changes = input.Changes;
        var names = new Names(plan, changes, date);
        var issuing = IssuingAgency(plan);
        var issuer = IssuerAgency(plan);
        var issuingNow = issuing is null ? null : changes.AgencyOn(plan, issuing.Id, date);
        var issuingName = details.IssuingAgency
            ?? (issuingNow is { Ended: false } ? issuingNow.Name : null)
            ?? issuing?.Name
            ?? (issuer is null ? null : names.Agency(issuer.Id))
            ?? plan.Document.Issuer;
        var results = input.Evaluation.Results;
        var rows = results.Select((r, i) => Row(names, r, i == 0 || results[i - 1].Indicator.Id != r.Indicator.Id)).ToList();
        var unitCode = input.Evaluation.UnitCode;
        var evaluated = input.Evaluation.Unit;

        // The plan's own area is named as when the plan was issued (a code can be held by several units in turn), and follows
        // its changes to the report date; another unit is named as on the map its results are shown on.
        var ownArea = unitCode == plan.AreaCode && (evaluated is null || evaluated.Code == unitCode);
        var issued = plan.Document.Issued?.EarliestDay;
        var unitName = ownArea
            ? (input.Units.FirstOrDefault(u => u.Code == unitCode && issued is { } on && u.IsValidOn(on)) ?? input.Units.FirstOrDefault(u => u.Code == unitCode))?.Name ?? unitCode
            : evaluated?.Name ?? input.Units.FirstOrDefault(u => u.Code == unitCode)?.Name ?? unitCode;
        if (!ownArea && evaluated is not null)
        {
            unitCode = evaluated.Code;
        }

        var unitChange = ownArea ? changes.UnitOn(unitCode, date) : null;

        // A report dated after its issuer ended (only on a date asked for) speaks as that body did: for the plan's unit, from its place.
        var issuerEnded = (issuingNow ?? (issuer is null ? null : changes.AgencyOn(plan, issuer.Id, date))) is { Ended: true } && details.IssuingAgency is null;
        var unitNote = unitChange;
        if (issuerEnded)
        {
            unitChange = null;
        }

        var unit = unitChange is null
            ? new UnitInfo(unitCode, unitName)
            : new UnitInfo(unitChange.Successor.Code, unitChange.Successor.Name) { PlanName = unitName };
        var parentAgency = issuing is null ? plan.Document.ParentIssuer : ParentCommittee(plan, issuing, names);
        var notes = new List<string>();
        if (unitNote is not null && unitNote.Successor.Name != unitName)
        {
            notes.Add(ReportText.UnitNote(plan, unitName, unitNote.Successor.Name, unitNote.Successor.Code == unitCode, unitNote.Effective, unitNote.Basis));
        }

        if (input.Evaluation.Geography is { } map && map != new LocalDate(input.Year, 12, 31))
        {
            notes.Add(ReportText.MapNote(input.Year, map));
        }

        notes.AddRange(plan.Agencies.Select(a => changes.AgencyOn(plan, a.Id, date)).Where(a => a.Original is not null).Select(a => ReportText.AgencyNote(plan, a)));
        var period = ReportKinds.PeriodOf(kind, input.Year);
        var hierarchy = new AdministrativeHierarchy(input.Units, changes);
        var resultRows = period is not null && input.Results is { } set
            ? new ResultRows(plan, Checked(set, plan, input.Evaluation.UnitCode, hierarchy), period, hierarchy, changes, date)
            : null;
        var tasks = plan.Tasks.Select(t =>
        {
            var row = new TaskRow
            {
                Id = t.Id,
                Number = t.Number ?? string.Empty,
                Kind = t.Kind.ToString().ToLowerInvariant(),
                KindCaption = ReportText.TaskKindCaption(t.Kind),
                Title = t.Title,
                Activities = t.Activities,
                Area = t.Area ?? string.Empty,
                Lead = names.Agencies(t.Responsibility.Leads),
                Support = names.Agencies(t.Responsibility.Support),
            };
            return resultRows is null ? row : resultRows.Task(row, t);
        }).ToList();
        var reporters = resultRows?.Reporters() ?? [];
        var model = new ReportModel
        {
            Kind = ReportKinds.Token(kind),
            Year = input.Year,
            PeriodCaption = ResultReportText.PeriodCaption(kind == ReportKind.SixMonthly, input.Year),
            Title = ReportText.Title(kind),
            Subject = ReportText.Subject(kind, plan, input.Year),
            Notes = notes.Distinct().ToList(),
            DateText = VietnameseFormat.Date(date),
            Date = date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture),
            IsSampleData = input.IsSampleData,
            DataSource = input.DataSource,
            Issuer = issuingName,
            Header = new ReportHeader
            {
                ParentAgency = Upper(details.ParentAgency ?? (details.IssuingAgency is null ? parentAgency : null)),
                IssuingAgency = Upper(issuingName)!,
                Number = kind is ReportKind.Responsibility or ReportKind.Calendar ? string.Empty : ReportText.NumberLine(details.Number, issuing?.Kind, issuingName),
                PlaceDate = VietnameseFormat.PlaceDate(details.Place ?? (unitChange is null && (!ownArea || unitName == unitCode) ? plan.Document.Place : null) ?? unit.Place, date),
            },
            Plan = new PlanInfo
            {
                Id = plan.Id,
                Title = plan.Title,
                Citation = ReportText.Citation(plan.Document),
                Subject = ReportText.DocumentSubject(plan),
                IsPart = plan.Document.Part is not null,
                Name = ReportText.PlanName(plan),
                Years = plan.Years.ToString(),
                Issuer = plan.Document.Issuer,
                HasIndicators = plan.Indicators.Count > 0,
            },
            Unit = unit,
            Goals = plan.Goals.Select(g => new GoalSection
            {
                Id = g.Id,
                Number = g.Number,
                Title = g.Title,
                Indicators = rows.Where(r => plan.FindIndicator(r.Id)?.GoalId == g.Id).ToList(),
            }).ToList(),
            Indicators = rows,
            Summary = Summarise(input.Evaluation.Results),
            Tasks = tasks,
            Agencies = AgencyRows(plan, changes, date, names, resultRows),
            Matrix = Matrix(plan, names),
            // The annual report lists the deadlines of its year, as of its date, without grading them; steps whose reporter or
            // recipient no longer exists then are left out (the notes say who ended). The calendar keeps and grades every step.
            Deadlines = kind is ReportKind.Annual or ReportKind.SixMonthly
                ? Deadlines(plan, input.Year, date, changes, names).Where(d => d.State != "lapsed").ToList()
                : Deadlines(plan, input.Year, date, changes, names),
            Sections =
            [
                new TextSection(ReportText.SituationSection, VietnameseFunctions.Paragraphs(details.Situation)),
                new TextSection(ReportText.DifficultiesSection, VietnameseFunctions.Paragraphs(details.Difficulties)),
                new TextSection(ReportText.ProposalsSection, VietnameseFunctions.Paragraphs(details.Proposals)),
            ],
            Recipients = details.Recipients ?? DefaultRecipients(plan, issuing, issuingName, names),
            Signature = Signature(details.Signer, issuing, plan),
        };
        return resultRows is null
            ? model
            : model with
            {
                HasResults = true,
                IsSampleResults = input.Results!.IsSample,
                ResultsSource = input.Results.Name,
                TaskSummary = resultRows.Summary(tasks),
                Reporters = reporters,
                // The issuing agency writes the synthesis: its own duties without results say so in the agencies' section, but it
                // is not listed among those that have not sent it their reports.
                NonReporting = ResultRows.NonReporting([.. reporters.Where(r => r.Name != issuingName)]),
            };
    }

    /// <summary>
    /// The results given, when they may be written into the report of <paramref name="unitCode"/>: of the plan reported on, for
    /// the plan's area (or a plan without one), and fitting the plan (<see cref="ResultValidator"/>: reporters, items, years,
    /// periods, quantities) however they were built (read from a file, or made in code and set on <see cref="ReportInput.Results"/>).
    /// </summary>
    /// <exception cref="ArgumentException">The results are of another plan, or the report is a unit's below the plan's area.</exception>
    /// <exception cref="ChildPlanInputException">A result does not fit the plan.</exception>
    internal static ResultSet Checked(ResultSet set, Plan plan, string? unitCode, AdministrativeHierarchy hierarchy)
    {
        if (set.PlanId != plan.Id)
        {
            throw new ArgumentException($"The results '{set.Name}' are of plan '{set.PlanId}', not of plan '{plan.Id}' reported on.", nameof(set));
        }

        if (!IsPlanArea(plan, unitCode))
        {
            throw new ArgumentException($"The agencies' results are written into the report of the plan's area ({plan.AreaCode ?? "none"}), not into unit {unitCode}'s.", nameof(unitCode));
        }

        ResultValidator.ThrowIfInvalid(plan, set.Results, hierarchy);
        return set;
    }

    /// <summary>Whether a report of <paramref name="unitCode"/> is the report of the plan's area (the unit not given, or the area itself).</summary>
    internal static bool IsPlanArea(Plan plan, string? unitCode) => string.IsNullOrEmpty(unitCode) || unitCode == plan.AreaCode;

    /// <summary>
    /// The agency that consolidates the plan's annual reports: the one most annual reports go through
    /// ("qua Sở …"), else the one that sends annual reports to a People's Committee, else none (the issuer).
    /// </summary>
    public static Agency? IssuingAgency(Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var annual = plan.Reporting.Where(r => r.Kind == ReportingStepKind.Annual).ToList();
        var via = annual.Where(r => r.Via is not null).GroupBy(r => r.Via!).OrderByDescending(g => g.Count()).Select(g => plan.FindAgency(g.Key)).FirstOrDefault();
        if (via is not null)
        {
            return via;
        }

        return annual
            .Where(r => plan.FindAgency(r.To)?.Kind == AgencyKind.PeopleCommittee && plan.FindAgency(r.From)?.Kind != AgencyKind.Group)
            .Select(r => plan.FindAgency(r.From))
            .FirstOrDefault(a => a is not null);
    }

    private static IndicatorRow Row(Names names, IndicatorResult r, bool startsIndicator)
    {
        var unit = r.Measure.Unit;
        var isMeasure = PlanText.IsSubMeasure(r.Indicator, r.Measure);
        var number = PlanText.IndicatorNumber(r.Indicator);
        return new IndicatorRow
        {
            Id = r.Indicator.Id,
            MeasureId = r.Measure.Id,
            Number = number,
            Label = isMeasure ? string.Empty : number,
            Name = r.Indicator.Name,
            MeasureName = r.Measure.Name,
            Caption = isMeasure ? r.Measure.Name ?? r.Indicator.Name : r.Indicator.Name,
            IsMeasure = isMeasure,
            StartsIndicator = startsIndicator,
            Unit = unit.FileName(),
            UnitSymbol = VietnameseFormat.UnitSymbol(unit),
            Baseline = r.Measure.Baseline is { } b ? $"{VietnameseFormat.Value(b.Value, unit)} ({b.Year})" : string.Empty,
            Milestones = VietnameseFormat.Milestones(r.Measure),
            Target = ResultText.Target(r),
            Trajectory = ResultText.Trajectory(r),
            Actual = r.Actual?.Value,
            ActualText = ResultText.Actual(r),
            Fraction = r.Actual is { Numerator: { } n, Denominator: { } d } ? $"{VietnameseFormat.Number(n)}/{VietnameseFormat.Number(d)}" : string.Empty,
            Status = r.Status.ToString(),
            StatusCaption = StatusNames.Caption(r.Status),
            Reason = ResultText.Reason(r),
            StatusClass = StatusClass(r.Status),
            Progress = r.Judgement.Progress,
            ProgressText = ResultText.Progress(r),
            Chart = Chart(r),
            Lead = names.Agencies(r.Indicator.Responsibility.Leads),
            Support = names.Agencies(r.Indicator.Responsibility.Support),
            Recorded = r.Recorded is { } rec ? StatusNames.Caption(rec.Status) : string.Empty,
        };
    }

    /// <summary>The CSS class of a status.</summary>
    public static string StatusClass(AchievementStatus status) => status switch
    {
        AchievementStatus.Exceeded => "exceeded",
        AchievementStatus.Achieved => "achieved",
        AchievementStatus.NotAchieved => "not-achieved",
        AchievementStatus.OnTrack => "on-track",
        AchievementStatus.OffTrack => "off-track",
        AchievementStatus.NoData => "no-data",
        _ => "no-target",
    };

    /// <summary>
    /// An inline SVG bar: the actual as a filled bar coloured by status, the target as a dark tick, on a
    /// scale from 0 to a quarter beyond the largest of actual, target and baseline, so small rates stay
    /// readable. No script; the title carries the numbers.
    /// </summary>
    private static TrustedHtml Chart(IndicatorResult r)
    {
        const int width = 120;
        const int height = 14;
        var aim = r.Judgement.Target?.AimFor(r.Measure.Direction) ?? r.Judgement.Expected;
        var actual = r.Actual?.Value;
        var values = new[] { aim, actual, r.Measure.Baseline?.Value }.OfType<decimal>().Select(Math.Abs).ToList();
        var max = values.Count == 0 || values.Max() == 0 ? 1m : values.Max() * 1.25m;
        double X(decimal v) => Math.Round((double)(Math.Min(Math.Abs(v), max) / max) * width, 1);
        var colour = r.Status switch
        {
            AchievementStatus.Exceeded => "#1b7f3b",
            AchievementStatus.Achieved => "#4caf50",
            AchievementStatus.NotAchieved => "#c62828",
            AchievementStatus.OnTrack => "#7cb342",
            AchievementStatus.OffTrack => "#f9a825",
            _ => "#9e9e9e",
        };
        var title = ResultText.ChartTitle(r);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"{OutputFormat.Html.Escape(title)}\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title>{OutputFormat.Html.Escape(title)}</title>");
        svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"0\" y=\"2\" width=\"{width}\" height=\"{height - 4}\" fill=\"#eeeeee\"/>");
        if (actual is { } a)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"0\" y=\"2\" width=\"{X(a)}\" height=\"{height - 4}\" fill=\"{colour}\"/>");
        }

        if (aim is { } target)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{Math.Max(0, X(target) - 1)}\" y=\"0\" width=\"2\" height=\"{height}\" fill=\"#212121\"/>");
        }

        svg.Append("</svg>");
        return new TrustedHtml(svg.ToString());
    }

    /// <summary>
    /// Counts the results that have something to be judged against in their year (a target of the year or a point on
    /// the trajectory to the next one); a result without either is not one of the year's indicators and is only
    /// counted as <see cref="StatusSummary.NoTarget"/>.
    /// </summary>
    private static StatusSummary Summarise(IReadOnlyList<IndicatorResult> results)
    {
        var targeted = results.Where(r => r.Status != AchievementStatus.NoTarget).ToList();
        int Count(AchievementStatus s) => targeted.Count(r => r.Status == s);
        return new StatusSummary
        {
            Total = targeted.Count,
            Exceeded = Count(AchievementStatus.Exceeded),
            Achieved = Count(AchievementStatus.Achieved),
            NotAchieved = Count(AchievementStatus.NotAchieved),
            OnTrack = Count(AchievementStatus.OnTrack),
            OffTrack = Count(AchievementStatus.OffTrack),
            NoData = Count(AchievementStatus.NoData),
            NoTarget = results.Count(r => r.Status == AchievementStatus.NoTarget),
            WithData = targeted.Count(r => r.Actual is not null),
        };
    }

    private static ResponsibilityMatrix Matrix(Plan plan, Names names)
    {
        var items = plan.Indicators.Select(i => (Label: PlanText.IndicatorLabel(i), i.Name, i.Responsibility))
            .Concat(plan.Tasks.Select(t => (Label: ReportText.TaskLabel(t), Name: t.Title, t.Responsibility)))
            .Where(x => x.Responsibility.IsAssigned)
            .ToList();
        // Agencies whose duties now belong to the same body share one column (the first one's).
        var groups = plan.Agencies
            .Where(a => items.Any(x => x.Responsibility.IsLead(a.Id) || x.Responsibility.IsSupport(a.Id)))
            .GroupBy(a => names.Agency(a.Id))
            .Select(g => (Column: new MatrixColumn(g.First().Id, g.Key, g.First().Number ?? g.First().Name), Ids: g.Select(a => a.Id).ToList()))
            .ToList();
        var columns = groups.Select(g => g.Column).ToList();
        var rows = items.Select(x => new MatrixRow(
            x.Label,
            x.Name,
            groups.Select(g => g.Ids.Any(x.Responsibility.IsLead) ? ReportText.LeadMark : g.Ids.Any(x.Responsibility.IsSupport) ? ReportText.SupportMark : string.Empty).ToList())).ToList();
        return new ResponsibilityMatrix { Columns = columns, Rows = rows };
    }

    /// <summary>
    /// The plan's agencies in office on the report date, with their duties and assignments: agencies that ended are left out
    /// (the notes say so) unless results of the period answer their duties (reported before they ended), and agencies whose
    /// duties now belong to the same body are listed once under its name.
    /// </summary>
    private static List<AgencyRow> AgencyRows(Plan plan, AdministrativeChanges changes, LocalDate date, Names names, ResultRows? results) =>
        plan.Agencies
            .Where(a => !changes.AgencyOn(plan, a.Id, date).Ended || (results?.HasDutyResults(a) ?? false))
            .GroupBy(a => names.Agency(a.Id))
            .Select(g =>
            {
                var leads = plan.Indicators.Where(i => g.Any(a => i.Responsibility.IsLead(a.Id))).ToList();
                return new AgencyRow
                {
                    Id = g.First().Id,
                    Name = g.Key,
                    Requested = g.All(a => a.Requested),
                    Duties = g.SelectMany(a => a.Duties).ToList(),
                    Leads = leads.Select(PlanText.IndicatorReference).ToList(),
                    LeadsText = ReportText.Leads(leads),
                    Supports = plan.Indicators.Where(i => g.Any(a => i.Responsibility.IsSupport(a.Id))).Select(PlanText.IndicatorReference).ToList(),
                    DutyResults = results?.Duties(g) ?? [],
                };
            })
            .ToList();

    private static List<DeadlineRow> Deadlines(Plan plan, int year, LocalDate today, AdministrativeChanges changes, Names names)
    {
        var rows = new List<(LocalDate? Due, int Order, DeadlineRow Row)>();
        var order = 0;
        foreach (var step in plan.Reporting)
        {
            order++;
            LocalDate? due = null;
            string dueText;
            switch (step.Kind)
            {
                case ReportingStepKind.Annual or ReportingStepKind.SixMonthly when plan.Years.Contains(year):
                    due = step.Due?.LastDayInYear(year);
                    dueText = step.Due?.InYear(year) is { } d ? ReportText.DueOn(d, step.Due.Before) : ReportText.NoDueDate;
                    break;
                case ReportingStepKind.OneOff when step.Due?.Once is { } once && once.Year == year:
                    due = step.Due.LastDayInYear(year);
                    dueText = ReportText.DueOn(once, step.Due.Before);
                    break;
                case ReportingStepKind.Midterm or ReportingStepKind.Final when step.Year == year || step.Due?.Once?.Year == year:
                    due = step.Due?.LastDayInYear(year);
                    dueText = step.Due?.InYear(year) is { } r ? ReportText.DueOn(r, step.Due.Before) : ReportText.DueInYear(year);
                    break;
                case ReportingStepKind.AdHoc when plan.Years.Contains(year):
                    dueText = ReportText.WhenRequested;
                    break;
                default:
                    continue;
            }

            var days = due is { } dd ? Period.Between(today, dd, PeriodUnits.Days).Days : (int?)null;
            // An undated step (ad hoc, or a document that gives no day) stands as of the report date.
            var when = due ?? today;

            // A step whose reporter or recipient no longer exists then is lapsed: nobody is due to report.
            var lapsed = changes.AgencyOn(plan, step.From, when).Ended || changes.AgencyOn(plan, step.To, when).Ended;
            var state = days switch
            {
                _ when lapsed => "lapsed",
                null => "no-date",
                < 0 => "overdue",
                <= DueWithinDays => "due",
                _ => "upcoming",
            };
            rows.Add((due, order, new DeadlineRow
            {
                StepId = step.Id,
                KindCaption = ReportText.StepKindCaption(step.Kind),
                From = names.Agency(step.From),
                To = names.Agency(step.To),
                Via = names.Agency(step.Via) is var via && via != names.Agency(step.To) ? via : string.Empty,
                DueText = dueText,
                Due = due?.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty,
                State = state,
                StateCaption = state == "due" && days == 0 ? ReportText.DueToday : ReportText.DeadlineStateCaption(state),
                DaysLeft = lapsed ? null : days,
                Text = step.Text ?? string.Empty,
            }));
        }

        // Steps of agencies that now belong to the same body read the same: each is listed once.
        return rows.OrderBy(r => r.Due is null).ThenBy(r => r.Due).ThenBy(r => r.Order).Select(r => r.Row)
            .DistinctBy(r => (r.KindCaption, r.From, r.To, r.Via, r.DueText))
            .ToList();
    }

    private static List<string> DefaultRecipients(Plan plan, Agency? issuing, string issuingName, Names names)
    {
        var to = plan.Reporting
            .Where(r => r.Kind == ReportingStepKind.Annual && (issuing is null || r.From == issuing.Id || r.Via == issuing.Id))
            .Select(r => names.InOffice(r.To))
            .OfType<string>()
            .Where(n => n.Length > 0 && n != issuingName)
            .Distinct()
            .Select(ReportText.ForInformation)
            .ToList();
        to.Add(ReportText.Archive);
        return to;
    }

    private static SignatureBlock Signature(Signer? signer, Agency? issuing, Plan plan)
    {
        if (signer is not null)
        {
            return new SignatureBlock { Authority = signer.Authority ?? string.Empty, Capacity = signer.Capacity ?? string.Empty, Title = signer.Title, Name = signer.Name ?? string.Empty };
        }

        var (authority, title) = ReportText.DefaultSignature(issuing?.Kind ?? AgencyKind.PeopleCommittee);
        return new SignatureBlock { Authority = authority, Capacity = string.Empty, Title = title, Name = string.Empty };
    }

    /// <summary>The agency of the plan that issued it: its People's Committee named as the document's issuer, if listed.</summary>
    private static Agency? IssuerAgency(Plan plan) =>
        plan.Agencies.FirstOrDefault(a => a.Kind == AgencyKind.PeopleCommittee && a.Name == plan.Document.Issuer);

    /// <summary>
    /// The header of a data collection form made on <paramref name="date"/>: the agency the numbers go to (<paramref name="sendTo"/>,
    /// else the agency that consolidates the plan's annual reports, else the plan's issuer) over its People's Committee, no
    /// "Số:" line, the plan's place (else the unit's) and the date; with the agency's name as running text writes it.
    /// </summary>
    internal static (string Issuer, ReportHeader Header) CollectionHeader(Plan plan, string? sendTo, LocalDate date, AdministrativeUnit unit, AdministrativeChanges changes)
    {
        var issuing = IssuingAgency(plan);
        // The agencies in office on the day the form is made: a department whose duties have passed to another is not the sender.
        var names = new Names(plan, changes, date);
        var issuer = sendTo is { Length: > 0 } to ? to : issuing is not null ? names.Agency(issuing.Id) : plan.Document.Issuer;
        var parent = issuing is not null ? ParentCommittee(plan, issuing, names) : sendTo is { Length: > 0 } ? plan.Document.Issuer : plan.Document.ParentIssuer;
        var header = new ReportHeader
        {
            ParentAgency = parent == issuer ? null : Upper(parent),
            IssuingAgency = Upper(issuer)!,
            Number = string.Empty,
            PlaceDate = VietnameseFormat.PlaceDate(plan.Document.Place ?? ReportText.UnitPlace(unit.Name), date),
        };
        return (issuer, header);
    }

    /// <summary>
    /// The People's Committee an agency reports under: the plan's People's Committee of the agency's level (the issuer's
    /// when it is of that level, else the only one), as of the report date; else the plan's issuer. A city office thus
    /// stands under UBND thành phố, a provincial department under UBND tỉnh.
    /// </summary>
    private static string ParentCommittee(Plan plan, Agency issuing, Names names)
    {
        var committees = plan.Agencies.Where(a => a.Kind == AgencyKind.PeopleCommittee && a.Level == issuing.Level).ToList();
        var committee = committees.FirstOrDefault(a => a.Name == plan.Document.Issuer) ?? (committees.Count == 1 ? committees[0] : null);
        return committee is null ? plan.Document.Issuer : names.Agency(committee.Id);
    }

    /// <summary>
    /// Agency names as of a date: the body responsible then, by its own name (the notes quote the plan's assignment once);
    /// an agency that ended keeps the plan's name.
    /// </summary>
    private sealed class Names(Plan plan, AdministrativeChanges changes, LocalDate date)
    {
        public string Agency(string? id) => id is null ? string.Empty : changes.AgencyOn(plan, id, date) is var on && on.Ended ? on.Original ?? on.Name : on.Name;

        public string Agencies(IEnumerable<string> ids) => string.Join("; ", ids.Select(id => Agency(id)));

        public string? InOffice(string id) => changes.AgencyOn(plan, id, date) is { Ended: false } now ? now.Name : null;
    }

    private static string? Upper(string? text) => text?.ToUpperInvariant();
}
