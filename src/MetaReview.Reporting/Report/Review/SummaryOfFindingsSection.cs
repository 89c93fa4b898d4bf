using MetaReview.Reporting.Report.Document;
using MetaReview.Review.Grade;
using MetaReview.Review.Synthesis;
using MetaReview.Statistics.EffectSizes;
using static MetaReview.Reporting.Report.Review.ReportText;

namespace MetaReview.Reporting.Report.Review;

/// <summary>The summary-of-findings table in the GRADE layout, with a footnote for every judgement that changed the rating.</summary>
internal static class SummaryOfFindingsSection
{
    public static IEnumerable<Block> Blocks(ReviewSynthesis synthesis)
    {
        yield return new Heading(2, "Summary of findings", "summary-of-findings");
        var rows = new List<TableRow>();
        var footnotes = new List<string>();
        foreach (var o in synthesis.Outcomes)
        {
            if (o.SummaryOfFindings is not { } row)
            {
                rows.Add(TableRow.Of(o.Outcome.Name, "–", "–", "–", "–", "–", $"No analysis: {o.Problem}"));
                continue;
            }

            var marks = new List<int>();
            foreach (var note in row.Grade.Footnotes)
            {
                footnotes.Add(note);
                marks.Add(footnotes.Count);
            }

            var certainty = $"{row.Grade.Certainty.Symbols()} {row.Grade.Certainty.Label()}{(marks.Count == 0 ? "" : " " + string.Join(",", marks.Select(Superscript)))}";
            var participants = $"{(row.Participants is { } n ? n.ToString(System.Globalization.CultureInfo.InvariantCulture) : "–")} ({Plural(row.Studies, "study", "studies")})";
            var relative = row.RelativeEffect is { } r ? $"{MeasureAbbreviation(row.Measure)} {F(r.Estimate)} [{F(r.Lower)}, {F(r.Upper)}]" : "–";
            string comparator = "–", difference = "–";
            if (row.ComparatorRiskPer1000 is { } acr && row.DifferencePer1000 is { } d)
            {
                comparator = $"{Int(acr)} per 1000";
                difference = $"{Signed(d.Estimate)} per 1000 ({Signed(d.Lower)} to {Signed(d.Upper)})";
            }
            else if (row.MeanDifference is { } md)
            {
                var unit = row.Measure == EffectMeasure.SMD ? " SD" : row.Unit is { } u ? $" {u}" : "";
                difference = $"{MeasureAbbreviation(row.Measure)} {F(md.Estimate)}{unit} ({F(md.Lower)} to {F(md.Upper)})";
            }

            rows.Add(TableRow.Of(o.Outcome.Name + (o.Outcome.TimePoint is { } t ? $" ({t})" : ""), participants, relative, comparator, difference, certainty,
                Comment(o)));
        }

        yield return new Table("Summary of findings", ["Outcome", "Participants (studies)", "Relative effect (95% CI)", "Risk with comparator",
            "Difference with intervention (95% CI)", "Certainty (GRADE)", "Comments"], [.. rows], [.. footnotes], []);
        yield return Paragraph.Of("GRADE certainty: ⊕⊕⊕⊕ high, ⊕⊕⊕⊝ moderate, ⊕⊕⊝⊝ low, ⊕⊝⊝⊝ very low. Judgements marked \"reviewers' judgement\" replace MetaReview's suggestion.", ParagraphKind.Note);
    }

    private static string Comment(OutcomeSynthesis o) =>
        o.ControlRisk is { } risk ? $"Comparator risk: median control-group risk of the included studies ({F(100 * risk, 1)}%)." : "";

    private static string Signed(double value) => (value > 0 ? "+" : "") + Int(value).Replace("-", "\u2212", StringComparison.Ordinal);

    private static string Superscript(int n) =>
        new([.. n.ToString(System.Globalization.CultureInfo.InvariantCulture).Select(c => "⁰¹²³⁴⁵⁶⁷⁸⁹"[c - '0'])]);
}
