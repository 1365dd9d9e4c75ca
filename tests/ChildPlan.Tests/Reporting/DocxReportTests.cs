using System.IO.Abstractions.TestingHelpers;
using System.Xml;
using ChildPlan.Reporting;
using ChildPlan.Reporting.Model;
using ChildPlan.Reporting.Rendering;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ChildPlan.Tests.Reporting;

/// <summary>
/// The reports written as Word documents (<see cref="ReportFormat.Docx"/>) through <see cref="ReportService.WriteAsync"/>, read
/// back with the OpenXML SDK: valid for its validator, in the Decree 30/2020/NĐ-CP layout, with the HTML report's content.
/// </summary>
public sealed class DocxReportTests
{
    private const string Hostile = "A & B <c> \"q\" 'a' ]]> </w:t></w:r><w:p> \u0001\u0008\u000B\u001F|\uFFFE|\uD800|\uDC00| 😀 end";

    public static TheoryData<string, int, ReportKind> EveryPlanAndKind()
    {
        var data = new TheoryData<string, int, ReportKind>();
        foreach (var plan in ReportFixture.Profiles.SelectMany(p => p.Plans))
        {
            foreach (var kind in ReportKinds.For(plan))
            {
                data.Add(plan.Id, plan.Years.To, kind);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryPlanAndKind))]
    public async Task Every_report_of_every_plan_is_a_word_document_the_openxml_validator_accepts(string planId, int year, ReportKind kind)
    {
        var input = ReportFixture.Input(planId, year);
        using var document = new WordDocument(await ReportFixture.WriteAsync(kind, ReportFormat.Docx, input));

        Assert.Equal(string.Empty, document.ValidationErrors());
        var text = document.Text;
        Assert.Contains("Độc lập - Tự do - Hạnh phúc", text, StringComparison.Ordinal);
        Assert.Contains(ReportModelBuilder.Build(kind, input).Subject, text, StringComparison.Ordinal);
        Assert.Equal(input.IsSampleData, text.Contains("DỮ LIỆU MẪU", StringComparison.Ordinal));
        var orientation = document.Body.Elements<SectionProperties>().Single().GetFirstChild<PageSize>()!;
        Assert.Equal(kind is ReportKind.Annual or ReportKind.SixMonthly ? 11906U : 16838U, orientation.Width!.Value);
    }

    [Fact]
    public async Task The_annual_document_is_A4_portrait_in_Times_New_Roman_with_the_decree_30_margins_and_vietnamese_language()
    {
        using var document = new WordDocument(await ReportFixture.WriteAsync(ReportKind.Annual, ReportFormat.Docx, ReportFixture.Input("ctht-2021-2030", 2025)));

        var section = document.Body.Elements<SectionProperties>().Single();
        var size = section.GetFirstChild<PageSize>()!;
        Assert.Equal((11906U, 16838U), (size.Width!.Value, size.Height!.Value));
        Assert.NotEqual(PageOrientationValues.Landscape, size.Orient?.Value);
        var margin = section.GetFirstChild<PageMargin>()!;
        Assert.InRange(margin.Top!.Value, 1134, 1417);
        Assert.InRange(margin.Bottom!.Value, 1134, 1417);
        Assert.InRange(margin.Left!.Value, 1701U, 1984U);
        Assert.InRange(margin.Right!.Value, 850U, 1134U);

        var styles = document.Main.StyleDefinitionsPart!.Styles!;
        var defaults = styles.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;
        Assert.Equal("Times New Roman", defaults.RunFonts!.Ascii!.Value);
        Assert.Equal("Times New Roman", defaults.RunFonts.HighAnsi!.Value);
        Assert.Equal("28", defaults.FontSize!.Val!.Value);
        Assert.Equal("vi-VN", defaults.Languages!.Val!.Value);
        var normal = styles.Elements<Style>().Single(s => s.StyleId == "Normal");
        Assert.Equal(JustificationValues.Both, normal.StyleParagraphProperties!.Justification!.Val!.Value);
        Assert.InRange(int.Parse(normal.StyleParagraphProperties.Indentation!.FirstLine!.Value!, System.Globalization.CultureInfo.InvariantCulture), 567, 720);
        var placeholder = styles.Elements<Style>().Single(s => s.StyleId == "ChildPlanPlaceholder");
        Assert.NotNull(placeholder.StyleRunProperties!.Italic);
        Assert.NotNull(placeholder.StyleRunProperties.Shading);
        var recipientsTitle = styles.Elements<Style>().Single(s => s.StyleId == "ChildPlanRecipientsTitle").StyleRunProperties!;
        Assert.True(recipientsTitle.Bold is not null && recipientsTitle.Italic is not null && recipientsTitle.FontSize!.Val == "24");
        Assert.Equal("22", styles.Elements<Style>().Single(s => s.StyleId == "ChildPlanRecipients").StyleRunProperties!.FontSize!.Val!.Value);

        // Every style a paragraph or run names is defined.
        var defined = styles.Elements<Style>().Select(s => s.StyleId!.Value).ToHashSet();
        Assert.All(document.Body.Descendants<ParagraphStyleId>().Select(s => s.Val!.Value!), id => Assert.Contains(id, defined));
        Assert.All(document.Body.Descendants<RunStyle>().Select(s => s.Val!.Value!), id => Assert.Contains(id, defined));
    }

    [Fact]
    public async Task The_header_is_a_borderless_two_column_table_and_data_tables_repeat_their_header_row_and_keep_rows_whole()
    {
        using var document = new WordDocument(await ReportFixture.WriteAsync(ReportKind.Annual, ReportFormat.Docx, ReportFixture.Input("ctht-2021-2030", 2025)));

        var tables = document.Body.Elements<Table>().ToList();
        var header = tables[0];
        Assert.Equal(2, header.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Count());
        var borders = header.GetFirstChild<TableProperties>()!.TableBorders!;
        Assert.All(borders.ChildElements.Cast<BorderType>(), b => Assert.Equal(BorderValues.Nil, b.Val!.Value));
        var left = WordDocument.ParagraphText(header.Descendants<TableCell>().First().Elements<Paragraph>().First());
        Assert.Equal("UBND TỈNH ĐIỆN BIÊN", left);
        var right = header.Descendants<TableCell>().ElementAt(1).Elements<Paragraph>().ToList();
        Assert.Equal(["ChildPlanNation", "ChildPlanMotto", "ChildPlanPlaceDate"], right.Select(WordDocument.StyleOf));
        Assert.Equal("Độc lập - Tự do - Hạnh phúc", WordDocument.ParagraphText(right[1]));

        var footer = tables[^1];
        Assert.All(footer.GetFirstChild<TableProperties>()!.TableBorders!.ChildElements.Cast<BorderType>(), b => Assert.Equal(BorderValues.Nil, b.Val!.Value));
        var data = tables[1..^1];
        Assert.NotEmpty(data);
        foreach (var table in data)
        {
            var rows = table.Elements<TableRow>().ToList();
            Assert.NotNull(rows[0].TableRowProperties!.GetFirstChild<TableHeader>());
            Assert.All(rows.Skip(1), r => Assert.Null(r.TableRowProperties!.GetFirstChild<TableHeader>()));
            Assert.All(rows, r => Assert.NotNull(r.TableRowProperties!.GetFirstChild<CantSplit>()));
            Assert.All(table.GetFirstChild<TableProperties>()!.TableBorders!.ChildElements.Cast<BorderType>(), b => Assert.Equal(BorderValues.Single, b.Val!.Value));
        }
    }

    [Fact]
    public async Task Pages_are_numbered_from_page_two_in_a_centred_header()
    {
        using var document = new WordDocument(await ReportFixture.WriteAsync(ReportKind.Annual, ReportFormat.Docx, ReportFixture.Input("ctht-2021-2030", 2025)));

        var section = document.Body.Elements<SectionProperties>().Single();
        Assert.NotNull(section.GetFirstChild<TitlePage>());
        var references = section.Elements<HeaderReference>().ToDictionary(r => r.Type!.Value, r => r.Id!.Value!);
        var first = (HeaderPart)document.Main.GetPartById(references[HeaderFooterValues.First]);
        var other = (HeaderPart)document.Main.GetPartById(references[HeaderFooterValues.Default]);
        Assert.Equal(string.Empty, first.Header!.InnerText);
        Assert.Contains(other.Header!.Descendants<FieldCode>(), f => f.Text.Trim() == "PAGE");
        var style = document.Main.StyleDefinitionsPart!.Styles!.Elements<Style>().Single(s => s.StyleId == WordDocument.StyleOf(other.Header.Elements<Paragraph>().Single()));
        Assert.Equal(JustificationValues.Center, (style.StyleParagraphProperties?.Justification ?? document.Main.StyleDefinitionsPart.Styles.Elements<Style>().Single(s => s.StyleId == style.BasedOn!.Val).StyleParagraphProperties!.Justification)!.Val!.Value);
    }

    [Fact]
    public async Task The_monitoring_document_is_A4_landscape()
    {
        using var document = new WordDocument(await ReportFixture.WriteAsync(ReportKind.Monitoring, ReportFormat.Docx, ReportFixture.Input("ctht-2021-2030", 2025)));

        var size = document.Body.Elements<SectionProperties>().Single().GetFirstChild<PageSize>()!;
        Assert.Equal((16838U, 11906U, PageOrientationValues.Landscape), (size.Width!.Value, size.Height!.Value, size.Orient!.Value));
        var table = document.Body.Elements<Table>().Skip(1).First();
        Assert.NotNull(table.Elements<TableRow>().First().TableRowProperties!.GetFirstChild<TableHeader>());
    }

    [Fact]
    public async Task The_document_properties_name_the_report_its_plan_and_its_issuer_in_vietnamese()
    {
        var input = ReportFixture.Input("ctht-2021-2030", 2025);
        var model = ReportModelBuilder.Build(ReportKind.Annual, input);
        using var document = new WordDocument(await ReportFixture.WriteAsync(ReportKind.Annual, ReportFormat.Docx, input));

        var properties = document.Package.PackageProperties;
        Assert.Equal($"{model.Title} {model.Subject}", properties.Title);
        Assert.Equal(model.Plan.Name, properties.Subject);
        Assert.Equal(model.Issuer, properties.Creator);
        Assert.Equal("vi-VN", properties.Language);
    }

    [Fact]
    public async Task The_annual_document_has_the_html_reports_content_every_indicator_the_recipients_and_the_signer()
    {
        var details = new ReportDetails
        {
            Signer = new Signer(null, "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn Thử"),
            Situation = "Năm 2025, Sở đã tham mưu ban hành 05 văn bản.\n\nCác huyện đã triển khai.",
        };
        var input = ReportFixture.Input("ctht-2021-2030", 2025, details);
        var model = ReportModelBuilder.Build(ReportKind.Annual, input);
        using var document = new WordDocument(await ReportFixture.WriteAsync(ReportKind.Annual, ReportFormat.Docx, input));

        var text = document.Text;
        foreach (var expected in new[] { "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", model.Header.Number, model.Header.PlaceDate, model.Title, model.Subject, "Nơi nhận:", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn Thử", "II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU", "III. KẾT QUẢ THỰC HIỆN NHIỆM VỤ, HOẠT ĐỘNG" })
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }

        Assert.All(model.Recipients, r => Assert.Contains("- " + r, text, StringComparison.Ordinal));
        var firstCells = document.Body.Elements<Table>().SelectMany(t => t.Elements<TableRow>()).Select(r => WordDocument.ParagraphText(r.Elements<TableCell>().First().Elements<Paragraph>().First())).ToHashSet();
        Assert.All(model.Indicators.Where(r => r.Label != string.Empty), r => Assert.Contains(r.Label, firstCells));
        Assert.All(model.Indicators, r => Assert.Contains(r.Caption, text, StringComparison.Ordinal));

        var paragraphs = document.Body.Elements<Paragraph>().ToList();
        Assert.Contains(paragraphs, p => WordDocument.ParagraphText(p) == "Năm 2025, Sở đã tham mưu ban hành 05 văn bản." && WordDocument.StyleOf(p) is null);
        Assert.Equal(2, paragraphs.Count(p => WordDocument.StyleOf(p) == "ChildPlanPlaceholder" && WordDocument.ParagraphText(p) == "(Cơ quan báo cáo bổ sung.)"));
        Assert.Contains(paragraphs, p => WordDocument.StyleOf(p) == "Heading1" && WordDocument.ParagraphText(p).StartsWith("I. ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Hostile_values_are_escaped_the_document_stays_valid_and_their_text_survives()
    {
        var details = new ReportDetails
        {
            IssuingAgency = "Sở " + Hostile,
            ParentAgency = "UBND " + Hostile,
            Number = "12/" + Hostile,
            Place = "Điện Biên " + Hostile,
            Signer = new Signer(Hostile, Hostile, Hostile, Hostile),
            Recipients = [Hostile, "Lưu: VT"],
            Situation = Hostile,
            Difficulties = Hostile,
            Proposals = Hostile,
        };
        var input = ReportFixture.Input("ctht-2021-2030", 2025, details) with { DataSource = Hostile, IsSampleData = true };

        foreach (var kind in ReportKinds.For(input.Plan))
        {
            var xml = ReportFixture.Render(kind, OutputFormat.Docx, input);
            using var document = new WordDocument(await ReportFixture.WriteAsync(kind, ReportFormat.Docx, input));

            Assert.Equal(string.Empty, document.ValidationErrors());
            Assert.DoesNotContain("\uD800", xml, StringComparison.Ordinal);
            Assert.Contains("A &amp; B &lt;c&gt; &quot;q&quot; &apos;a&apos; ]]&gt; &lt;/w:t&gt;", xml, StringComparison.Ordinal);
            Assert.Contains("A & B <c> \"q\" 'a' ]]> </w:t></w:r><w:p> \uFFFD\uFFFD\uFFFD\uFFFD|\uFFFD|\uFFFD|\uFFFD| 😀 end", document.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Hostile_indicator_goal_and_agency_names_of_a_plan_file_stay_text_in_a_valid_document()
    {
        const string name = "A & B <c> ]]> </w:t></w:r></w:p><w:p>";
        var json = TestPlans.SmallJson
            .Replace("\"Tỷ lệ\"", "\"Tỷ lệ " + name.Replace("\"", "\\\"", StringComparison.Ordinal) + "\"", StringComparison.Ordinal)
            .Replace("\"Sở A\"", "\"Sở <A> & 'B' </w:t>\"", StringComparison.Ordinal)
            .Replace("\"title\": \"Mục tiêu\"", "\"title\": \"Mục tiêu ]]> &amp;\"", StringComparison.Ordinal);
        var plan = ChildPlan.Formats.PlanFile.Parse(json, "hostile.plan.json");
        var input = ReportInput.Evaluate(plan, 2025, new ChildPlan.Profiles.ProfileDataset(plan.Id, "hostile.csv", IsSample: true, [TestPlans.Obs("PCT", 2025, 72, unit: "P")]), new NodaTime.LocalDate(2025, 12, 31), TestPlans.Units.List);

        foreach (var kind in ReportKinds.For(plan))
        {
            using var document = new WordDocument(await ReportFixture.WriteAsync(kind, ReportFormat.Docx, input));

            Assert.Equal(string.Empty, document.ValidationErrors());
            var text = document.Text;
            Assert.Contains("Sở <A> & 'B' </w:t>", text, StringComparison.Ordinal);
            if (kind is ReportKind.Annual or ReportKind.Monitoring)
            {
                Assert.Contains("Tỷ lệ " + name, text, StringComparison.Ordinal);
                Assert.Contains("Mục tiêu ]]> &amp;", text, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Docx_escapes_the_xml_specials_and_replaces_what_xml_does_not_allow()
    {
        Assert.Equal("&amp;&lt;&gt;&quot;&apos;", OutputFormat.Docx.Escape("&<>\"'"));
        Assert.Equal("a\tb\nc\rd", OutputFormat.Docx.Escape("a\tb\nc\rd"));
        Assert.Equal("\uFFFD\uFFFD\uFFFD\uFFFD", OutputFormat.Docx.Escape("\0\u001F\uFFFE\uFFFF"));
        Assert.Equal("x\uFFFDy\uFFFD", OutputFormat.Docx.Escape("x\uDC00y\uD800"));
        Assert.Equal("😀 Việt Nam", OutputFormat.Docx.Escape("😀 Việt Nam"));
        var plain = "Sở Y tế";
        Assert.Same(plain, OutputFormat.Docx.Escape(plain));
    }

    [Fact]
    public void In_docx_the_format_is_docx_include_output_stays_raw_and_html_markup_is_refused_with_its_line()
    {
        var sources = new[]
        {
            new InMemoryTemplateSource()
                .Add("a.docx", "<r f=\"{{ format }}\">{{ include 'b.docx' }}</r>")
                .Add("b.docx", "<x>{{ v }}</x>")
                .Add("chart.docx", "<r>\n{{ v }}\n{{ chart }}</r>"),
        };
        var model = new Dictionary<string, object> { ["v"] = "&<", ["chart"] = new TrustedHtml("<svg/>") };
        var renderer = new TemplateRenderer();

        Assert.Equal("<r f=\"docx\"><x>&amp;&lt;</x></r>", renderer.Render(sources, "a.docx", model, OutputFormat.Docx, TestContext.Current.CancellationToken));
        var error = Assert.Throws<TemplateException>(() => renderer.Render(sources, "chart.docx", model, OutputFormat.Docx, TestContext.Current.CancellationToken));
        Assert.Contains("chart.docx(3,", error.Message, StringComparison.Ordinal);
        Assert.Contains("HTML markup", error.Message, StringComparison.Ordinal);
        Assert.Contains("<svg/>", renderer.Render(sources, "chart.docx", model, OutputFormat.Html, TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public void A_docx_template_that_renders_malformed_xml_fails_naming_the_template_and_the_line_of_the_output()
    {
        var sources = new[] { new InMemoryTemplateSource().Add("bad.docx", "<w:document xmlns:w=\"urn:w\">\n<w:body>\n<w:p>{{ v }}</w:body>\n</w:document>") };

        var error = Assert.Throws<TemplateException>(() => new TemplateRenderer().Render(sources, "bad.docx", new Dictionary<string, object> { ["v"] = "x" }, OutputFormat.Docx, TestContext.Current.CancellationToken));

        Assert.Contains("bad.docx", error.Message, StringComparison.Ordinal);
        Assert.Contains("line 3", error.Message, StringComparison.Ordinal);
        Assert.IsType<XmlException>(error.InnerException);
    }

    [Fact]
    public async Task A_host_folder_annual_docx_template_overrides_the_default_and_a_malformed_one_is_refused_and_nothing_is_written()
    {
        const string good = """
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
            {{ include 'partials/docx.docx' }}{{ text_width = 9071 }}
            {{ docx_p "ChildPlanTitle" "BÁO CÁO RIÊNG" }}{{ include 'partials/footer.docx' }}
            </w:body></w:document>
            """;
        var fs = new MockFileSystem(new Dictionary<string, MockFileData> { ["/host/templates/annual.docx.sbn"] = new(good) });
        var renderer = new ReportRenderer(fs, new ReportingOptions { TemplateFolder = "/host/templates" });
        var input = ReportFixture.Input("ctht-2021-2030", 2025);

        using (var document = new WordDocument(await ReportFixture.WriteAsync(ReportKind.Annual, ReportFormat.Docx, input, renderer)))
        {
            Assert.Equal(string.Empty, document.ValidationErrors());
            Assert.StartsWith("BÁO CÁO RIÊNG", document.Text, StringComparison.Ordinal);
            Assert.Contains("Nơi nhận:", document.Text, StringComparison.Ordinal);
            var section = document.Body.Elements<SectionProperties>().Single();
            Assert.Equal(11906U, section.GetFirstChild<PageSize>()!.Width!.Value);
            Assert.NotNull(section.GetFirstChild<TitlePage>());
        }

        fs.File.WriteAllText("/host/templates/annual.docx.sbn", good.Replace("</w:body>", "<w:p></w:body>", StringComparison.Ordinal));
        using var output = new MemoryStream();
        var error = await Assert.ThrowsAsync<TemplateException>(() => ReportFixture.WriteAsync(ReportKind.Annual, ReportFormat.Docx, input, output, renderer));
        Assert.Contains("annual.docx", error.Message, StringComparison.Ordinal);
        Assert.Contains("/host/templates", error.Message, StringComparison.Ordinal);
        Assert.Matches(@"line \d+, column \d+", error.Message);
        Assert.Equal(0, output.Length);
    }

    [Fact]
    public async Task Header_references_a_template_writes_are_replaced_by_the_packagers_in_every_section()
    {
        const string template = """
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>
            <w:p><w:pPr><w:sectPr><w:headerReference w:type="default" r:id="rIdMissing"/><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:pPr><w:r><w:t>{{ title }}</w:t></w:r></w:p>
            <w:p><w:r><w:t>{{ subject }}</w:t></w:r></w:p>
            <w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/><w:titlePg/></w:sectPr>
            </w:body></w:document>
            """;
        var fs = new MockFileSystem(new Dictionary<string, MockFileData> { ["/host/templates/monitoring.docx.sbn"] = new(template) });
        var renderer = new ReportRenderer(fs, new ReportingOptions { TemplateFolder = "/host/templates" });

        using var document = new WordDocument(await ReportFixture.WriteAsync(ReportKind.Monitoring, ReportFormat.Docx, ReportFixture.Input("ctht-2021-2030", 2025), renderer));

        Assert.Equal(string.Empty, document.ValidationErrors());
        var sections = document.Body.Descendants<SectionProperties>().ToList();
        Assert.Equal(2, sections.Count);
        Assert.All(sections, section =>
        {
            Assert.Equal([HeaderFooterValues.Default, HeaderFooterValues.First], section.Elements<HeaderReference>().Select(r => r.Type!.Value));
            Assert.All(section.Elements<HeaderReference>(), r => Assert.IsType<HeaderPart>(document.Main.GetPartById(r.Id!.Value!)));
            Assert.Single(section.Elements<TitlePage>());
        });
    }

    [Fact]
    public async Task The_same_report_gives_the_same_bytes()
    {
        var input = ReportFixture.Input("ctht-2021-2030", 2025);

        Assert.Equal(await ReportFixture.WriteAsync(ReportKind.Annual, ReportFormat.Docx, input), await ReportFixture.WriteAsync(ReportKind.Annual, ReportFormat.Docx, input));
    }
}
