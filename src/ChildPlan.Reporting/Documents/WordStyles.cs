using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ChildPlan.Reporting.Documents;

/// <summary>
/// The styles part of every ChildPlan Word document, built in code so that it is the same for every template (an override
/// chooses among these styles by id; docs/templates.md lists them) and checked by the compiler and the OpenXML validator:
/// Times New Roman, body 14 pt justified with a first-line indent of 1 cm, tables 12 pt, the Decree 30/2020/NĐ-CP header
/// and signature styles, and <see cref="Placeholder"/> for the text the reporting agency replaces.
/// </summary>
internal static class WordStyles
{
    /// <summary>The style of the page header (the page number).</summary>
    public const string Header = "Header";

    /// <summary>The style of a placeholder paragraph: italic, highlighted, to be typed over.</summary>
    public const string Placeholder = "ChildPlanPlaceholder";

    private const string Font = "Times New Roman";

    /// <summary>The styles, with <paramref name="language"/> (<c>vi-VN</c>) as the language of all text.</summary>
    public static Styles Create(string language)
    {
        var styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font, EastAsia = Font },
                    new FontSize { Val = "28" },
                    new FontSizeComplexScript { Val = "28" },
                    new Languages { Val = language, EastAsia = language, Bidi = language })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                    new SpacingBetweenLines { Before = "0", After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }))));

        // Body text.
        styles.Append(Paragraph("Normal", "Normal", null, isDefault: true,
            pPr: P(new SpacingBetweenLines { Before = "120", After = "0", Line = "276", LineRule = LineSpacingRuleValues.Auto }, new Indentation { FirstLine = "567" }, new Justification { Val = JustificationValues.Both })));
        styles.Append(Paragraph("Heading1", "heading 1", "Normal",
            pPr: P(new KeepNext(), new SpacingBetweenLines { Before = "240" }, new OutlineLevel { Val = 0 }),
            rPr: R(new Bold(), new BoldComplexScript())));
        styles.Append(Paragraph("Heading2", "heading 2", "Normal",
            pPr: P(new KeepNext(), new OutlineLevel { Val = 1 }),
            rPr: R(new Bold(), new BoldComplexScript())));
        styles.Append(Paragraph(Placeholder, "ChildPlan Placeholder", "Normal",
            rPr: R(new Italic(), new ItalicComplexScript(), new Color { Val = "595959" }, new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = "FFF2CC" })));
        styles.Append(Character("ChildPlanPlaceholderText", "ChildPlan Placeholder Text", R(new Italic(), new ItalicComplexScript(), new Color { Val = "595959" }, new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = "FFF2CC" })));
        styles.Append(Paragraph("ChildPlanNote", "ChildPlan Note", "Normal", rPr: R(new Italic(), new ItalicComplexScript())));
        styles.Append(Paragraph("ChildPlanPlain", "ChildPlan Plain", "Normal", pPr: P(new Indentation { FirstLine = "0" })));
        styles.Append(Paragraph("ChildPlanLegend", "ChildPlan Legend", "Normal", pPr: P(new Indentation { FirstLine = "0" }), rPr: R(Size(22))));

        // Blocks without indent or spacing: the two-column header, the title, the signature.
        styles.Append(Paragraph("ChildPlanCompact", "ChildPlan Compact", "Normal",
            pPr: P(new SpacingBetweenLines { Before = "0", After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }, new Indentation { FirstLine = "0" }, new Justification { Val = JustificationValues.Center })));
        styles.Append(Paragraph("ChildPlanSample", "ChildPlan Sample Data", "ChildPlanCompact",
            pPr: P(new ParagraphBorders(Border<TopBorder>(12), Border<LeftBorder>(12), Border<BottomBorder>(12), Border<RightBorder>(12)), new SpacingBetweenLines { After = "240" }),
            rPr: R(new Bold(), new BoldComplexScript(), new Color { Val = "B71C1C" }, Size(26))));
        styles.Append(Paragraph("ChildPlanParentAgency", "ChildPlan Parent Agency", "ChildPlanCompact", rPr: R(new Caps(), Size(26))));
        styles.Append(Paragraph("ChildPlanIssuingAgency", "ChildPlan Issuing Agency", "ChildPlanCompact", rPr: R(new Bold(), new BoldComplexScript(), new Caps(), Size(26))));
        styles.Append(Paragraph("ChildPlanRule", "ChildPlan Rule", "ChildPlanCompact",
            pPr: P(new ParagraphBorders(Border<BottomBorder>(6)), new SpacingBetweenLines { After = "120", Line = "120", LineRule = LineSpacingRuleValues.Exact }, new Indentation { Left = "1077", Right = "1077" }),
            rPr: R(Size(8))));
        styles.Append(Paragraph("ChildPlanNumber", "ChildPlan Number", "ChildPlanCompact", rPr: R(Size(26))));
        styles.Append(Paragraph("ChildPlanNation", "ChildPlan Nation", "ChildPlanCompact", rPr: R(new Bold(), new BoldComplexScript(), new Caps(), Size(24))));
        styles.Append(Paragraph("ChildPlanMotto", "ChildPlan Motto", "ChildPlanCompact", rPr: R(new Bold(), new BoldComplexScript(), new Underline { Val = UnderlineValues.Single }, Size(28))));
        styles.Append(Paragraph("ChildPlanPlaceDate", "ChildPlan Place Date", "ChildPlanCompact",
            pPr: P(new SpacingBetweenLines { Before = "160" }),
            rPr: R(new Italic(), new ItalicComplexScript(), Size(28))));
        styles.Append(Paragraph("ChildPlanTitle", "ChildPlan Title", "ChildPlanCompact",
            pPr: P(new KeepNext(), new SpacingBetweenLines { Before = "360" }),
            rPr: R(new Bold(), new BoldComplexScript(), Size(28))));
        styles.Append(Paragraph("ChildPlanSubject", "ChildPlan Subject", "ChildPlanCompact",
            pPr: P(new KeepNext(), new SpacingBetweenLines { After = "240" }),
            rPr: R(new Bold(), new BoldComplexScript(), Size(28))));
        styles.Append(Paragraph("ChildPlanRecipientsTitle", "ChildPlan Recipients Title", "ChildPlanCompact",
            pPr: P(new Justification { Val = JustificationValues.Left }),
            rPr: R(new Bold(), new BoldComplexScript(), new Italic(), new ItalicComplexScript(), Size(24))));
        styles.Append(Paragraph("ChildPlanRecipients", "ChildPlan Recipients", "ChildPlanCompact",
            pPr: P(new Justification { Val = JustificationValues.Left }),
            rPr: R(Size(22))));
        styles.Append(Paragraph("ChildPlanSignature", "ChildPlan Signature", "ChildPlanCompact", rPr: R(new Bold(), new BoldComplexScript(), new Caps(), Size(28))));
        styles.Append(Paragraph("ChildPlanSigner", "ChildPlan Signer", "ChildPlanCompact",
            pPr: P(new SpacingBetweenLines { Before = "1600" }),
            rPr: R(new Bold(), new BoldComplexScript(), Size(28))));

        // Tables: 12 pt.
        styles.Append(Paragraph("ChildPlanTableText", "ChildPlan Table Text", "ChildPlanCompact",
            pPr: P(new SpacingBetweenLines { Before = "40", After = "40" }, new Justification { Val = JustificationValues.Left }),
            rPr: R(Size(24))));
        styles.Append(Paragraph("ChildPlanTableHeading", "ChildPlan Table Heading", "ChildPlanTableText",
            pPr: P(new KeepNext(), new Justification { Val = JustificationValues.Center }),
            rPr: R(new Bold(), new BoldComplexScript())));
        styles.Append(Paragraph("ChildPlanTableCentre", "ChildPlan Table Centre", "ChildPlanTableText", pPr: P(new Justification { Val = JustificationValues.Center })));
        styles.Append(Paragraph("ChildPlanTableNumber", "ChildPlan Table Number", "ChildPlanTableText", pPr: P(new Justification { Val = JustificationValues.Right })));
        styles.Append(Paragraph("ChildPlanTableGoal", "ChildPlan Table Goal", "ChildPlanTableText", pPr: P(new KeepNext()), rPr: R(new Bold(), new BoldComplexScript())));
        styles.Append(Character("ChildPlanSmall", "ChildPlan Small", R(Size(22))));
        styles.Append(Character("ChildPlanReason", "ChildPlan Reason", R(new Italic(), new ItalicComplexScript(), Size(22))));

        // The page header.
        styles.Append(Paragraph(Header, "header", "ChildPlanCompact", rPr: R(Size(28))));
        return styles;
    }

    private static Style Paragraph(string id, string name, string? basedOn, bool isDefault = false, StyleParagraphProperties? pPr = null, StyleRunProperties? rPr = null)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id };
        if (isDefault)
        {
            style.Default = OnOffValue.FromBoolean(true);
        }

        style.Append(new StyleName { Val = name });
        if (basedOn is not null)
        {
            style.Append(new BasedOn { Val = basedOn });
        }

        style.Append(new NextParagraphStyle { Val = id == Placeholder || id.StartsWith("Heading", StringComparison.Ordinal) ? "Normal" : id });
        style.Append(new PrimaryStyle());
        if (pPr is not null)
        {
            style.Append(pPr);
        }

        if (rPr is not null)
        {
            style.Append(rPr);
        }

        return style;
    }

    private static Style Character(string id, string name, StyleRunProperties rPr) =>
        new(new StyleName { Val = name }, new PrimaryStyle(), rPr) { Type = StyleValues.Character, StyleId = id };

    /// <summary>Paragraph properties, put in schema order by the SDK.</summary>
    private static StyleParagraphProperties P(params OpenXmlElement[] children)
    {
        var properties = new StyleParagraphProperties();
        foreach (var child in children)
        {
            properties.AddChild(child, throwOnError: true);
        }

        return properties;
    }

    /// <summary>Run properties, put in schema order by the SDK.</summary>
    private static StyleRunProperties R(params OpenXmlElement[] children)
    {
        var properties = new StyleRunProperties();
        foreach (var child in children)
        {
            properties.AddChild(child, throwOnError: true);
        }

        return properties;
    }

    private static FontSize Size(int halfPoints) => new() { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) };

    private static T Border<T>(uint size)
        where T : BorderType, new() => new() { Val = BorderValues.Single, Size = size, Space = 1U, Color = "auto" };
}
