using System.Collections.Concurrent;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using MetaReview.Reporting.Drawing.Rendering;
using MetaReview.Reporting.Report.Document;
using WTable = DocumentFormat.OpenXml.Wordprocessing.Table;

namespace MetaReview.Reporting.Report.Writers;

/// <summary>
/// Writes a report as a Word document (.docx, Office Open XML) with the built-in heading, title and caption
/// styles, bordered tables and figures as SVG pictures with a PNG fallback (<see cref="WordFigure"/>; the PNG is
/// rendered by rsvg-convert, and when it is missing, a paragraph says so and names the Debian package, and the figure
/// is in the HTML and Markdown reports).
/// </summary>
public static class WordReportWriter
{
    /// <summary>Writes the document to the stream; returns notes about anything left out (e.g. figures without PNG).</summary>
    public static IReadOnlyList<string> Write(ReportDocument document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        var notes = new List<string>();
        using var package = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document);
        package.PackageProperties.Title = document.Title;
        package.PackageProperties.Creator = document.Generated;
        var main = package.AddMainDocumentPart();
        AddStyles(main);
        var body = new Body();
        body.Append(StyledParagraph("Title", document.Title));
        if (document.Subtitle is { } subtitle)
        {
            body.Append(StyledParagraph("Subtitle", subtitle));
        }

        body.Append(StyledParagraph("Note", document.Generated));
        var imageId = 1u;

        // rsvg-convert is a process per figure: render them all at once, on every core, before writing.
        var notices = new ConcurrentDictionary<(double Width, double Height), Lazy<byte[]>>();
        var rasterise = PngRenderer.IsAvailable;
        var figures = rasterise
            ? document.Blocks.OfType<Figure>().AsParallel().AsOrdered().Select(f => WordFigure.Render(f, notices)).ToArray()
            : [];
        var nextFigure = 0;
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case Heading h:
                    body.Append(StyledParagraph("Heading" + Math.Clamp(h.Level, 1, 3), h.Text));
                    break;
                case Document.Paragraph p:
                    body.Append(RunsParagraph(p.Runs, p.Kind == ParagraphKind.Normal ? null : "Note"));
                    break;
                case BulletList list:
                    foreach (var item in list.Items)
                    {
                        body.Append(RunsParagraph([new Document.Run("• "), .. item], "ListParagraph"));
                    }

                    break;
                case Document.Table t:
                    AppendTable(body, t);
                    break;
                case Figure f:
                    if (rasterise)
                    {
                        body.Append(figures[nextFigure++].ToParagraph(main, imageId++));
                    }
                    else
                    {
                        notes.Add($"Figure '{f.Name}' is not in the Word report: {PngRenderer.MissingMessage}");
                        body.Append(StyledParagraph("Note", $"[Figure not embedded: {PngRenderer.MissingMessage} It is in the HTML and Markdown reports.]"));
                    }

                    body.Append(StyledParagraph("Caption", f.Caption));
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(document), block.GetType().Name, "Unknown block.");
            }
        }

        body.Append(new SectionProperties(
            new PageSize { Width = WordPage.WidthTwips, Height = WordPage.HeightTwips },
            new PageMargin { Top = WordPage.MarginTwips, Bottom = WordPage.MarginTwips, Left = WordPage.MarginTwips, Right = WordPage.MarginTwips, Header = 709, Footer = 709, Gutter = 0 }));
        main.Document = new DocumentFormat.OpenXml.Wordprocessing.Document(body);
        main.Document.Save();
        return notes;
    }

    private static OpenXmlElement StyledParagraph(string style, string text) =>
        new DocumentFormat.OpenXml.Wordprocessing.Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = style }), TextRun(text, false, false));

    private static OpenXmlElement RunsParagraph(IEnumerable<Document.Run> runs, string? style)
    {
        var p = new DocumentFormat.OpenXml.Wordprocessing.Paragraph();
        if (style is not null)
        {
            p.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        }

        foreach (var r in runs)
        {
            p.Append(TextRun(r.Text, r.Bold, r.Italic));
        }

        return p;
    }

    private static DocumentFormat.OpenXml.Wordprocessing.Run TextRun(string text, bool bold, bool italic)
    {
        var run = new DocumentFormat.OpenXml.Wordprocessing.Run();
        if (bold || italic)
        {
            var props = new RunProperties();
            if (bold)
            {
                props.Append(new Bold());
            }

            if (italic)
            {
                props.Append(new Italic());
            }

            run.Append(props);
        }

        run.Append(new Text(Clean(text)) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }

    /// <summary>XML 1.0 cannot hold most control characters; they are dropped.</summary>
    private static string Clean(string text) => string.Concat(text.Where(c => c >= ' ' || c is '\t'));

    private static void AppendTable(Body body, Document.Table t)
    {
        body.Append(StyledParagraph("Caption", t.Caption));
        var border = new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 6 },
            new BottomBorder { Val = BorderValues.Single, Size = 6 },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Color = "BBBBBB" });
        // The schema wants a grid; equal columns across the text width are where Word's autofit starts.
        var columnWidth = (WordPage.TextWidthTwips / t.Header.Length).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var table = new WTable(
            new TableProperties(new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" }, border),
            new TableGrid(t.Header.Select(_ => new GridColumn { Width = columnWidth })));
        table.Append(Row(t.Header, t, header: true, TableRowKind.Normal));
        foreach (var row in t.Rows)
        {
            table.Append(Row(row.Cells, t, header: false, row.Kind));
        }

        body.Append(table);
        for (var i = 0; i < t.Footnotes.Length; i++)
        {
            body.Append(StyledParagraph("Note", $"{i + 1}. {t.Footnotes[i]}"));
        }
    }

    private static DocumentFormat.OpenXml.Wordprocessing.TableRow Row(IReadOnlyList<string> cells, Document.Table t, bool header, TableRowKind kind)
    {
        var row = new DocumentFormat.OpenXml.Wordprocessing.TableRow();
        if (header)
        {
            row.Append(new TableRowProperties(new TableHeader()));
        }

        var span = kind == TableRowKind.Group && cells.Count == 1 ? t.Header.Length : 1;
        for (var i = 0; i < cells.Count; i++)
        {
            var props = new TableCellProperties();
            if (span > 1)
            {
                props.Append(new GridSpan { Val = span });
            }

            if (header)
            {
                props.Append(new Shading { Val = ShadingPatternValues.Clear, Fill = "EEF1F4" });
            }

            var paragraph = new DocumentFormat.OpenXml.Wordprocessing.Paragraph(
                new ParagraphProperties(new ParagraphStyleId { Val = "TableText" },
                    new Justification { Val = !header && t.NumericColumns.Contains(i) ? JustificationValues.Right : JustificationValues.Left }),
                TextRun(cells[i], header || kind != TableRowKind.Normal, false));
            row.Append(new TableCell(props, paragraph));
        }

        return row;
    }

    private static void AddStyles(MainDocumentPart main)
    {
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        Style ParagraphStyle(string id, string name, int halfPoints, bool bold = false, bool italic = false, string? color = null, int spaceBefore = 0, int spaceAfter = 120)
        {
            // In the schema's order: fonts, bold, italic, colour, size.
            var run = new StyleRunProperties(new RunFonts { Ascii = "Liberation Sans", HighAnsi = "Liberation Sans", ComplexScript = "Liberation Sans" });
            if (bold)
            {
                run.Append(new Bold());
            }

            if (italic)
            {
                run.Append(new Italic());
            }

            if (color is not null)
            {
                run.Append(new Color { Val = color });
            }

            run.Append(new FontSize { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) });
            return new Style(new StyleName { Val = name }, new PrimaryStyle(),
                new StyleParagraphProperties(new SpacingBetweenLines { Before = spaceBefore.ToString(System.Globalization.CultureInfo.InvariantCulture), After = spaceAfter.ToString(System.Globalization.CultureInfo.InvariantCulture) }),
                run)
            { Type = StyleValues.Paragraph, StyleId = id, Default = id == "Normal" ? true : null };
        }

        styles.Styles = new Styles(
            ParagraphStyle("Normal", "Normal", 21),
            ParagraphStyle("Title", "Title", 36, bold: true, spaceAfter: 60),
            ParagraphStyle("Subtitle", "Subtitle", 22, color: "444444"),
            ParagraphStyle("Heading1", "heading 1", 30, bold: true, spaceBefore: 360),
            ParagraphStyle("Heading2", "heading 2", 25, bold: true, spaceBefore: 240),
            ParagraphStyle("Heading3", "heading 3", 22, bold: true, spaceBefore: 200),
            ParagraphStyle("Caption", "caption", 19, bold: true, spaceBefore: 120),
            ParagraphStyle("Note", "Note", 18, color: "444444"),
            ParagraphStyle("ListParagraph", "List Paragraph", 21, spaceAfter: 40),
            ParagraphStyle("TableText", "Table Text", 17, spaceAfter: 0));
        styles.Styles.Save();
    }
}
