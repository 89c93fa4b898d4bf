using MetaReview.Reporting.Report.Document;
using MetaReview.Review.Synthesis;

namespace MetaReview.Reporting.Report.Review;

/// <summary>Every conversion, continuity correction, exclusion and warning behind the numbers: nothing is silent.</summary>
internal static class DataNotesSection
{
    public static IEnumerable<Block> Blocks(ReviewSynthesis synthesis, ReviewReportOptions options)
    {
        yield return new Heading(2, "Data notes", "data-notes");
        var any = false;
        var conversions = synthesis.Outcomes
            .SelectMany(o => o.Outcome.Data.SelectMany(d => d.Conversions.Select(c =>
                $"{o.Outcome.Name}, {d.Study.Label}, {c.Part}: {c.Record.Description}{string.Concat(c.Record.Notes.Select(n => $" Note: {n}"))} [{c.Record.Citation}]")))
            .ToList();
        if (conversions.Count > 0)
        {
            any = true;
            yield return new Heading(3, "Conversions of reported values");
            yield return BulletList.Of(conversions);
        }

        var sources = synthesis.Outcomes.SelectMany(o => o.Outcome.Data.Where(d => d.Source is not null).Select(d => $"{o.Outcome.Name}, {d.Study.Label}: {d.Source}{(d.Notes is null ? "" : $" ({d.Notes})")}")).ToList();
        if (sources.Count > 0)
        {
            any = true;
            yield return new Heading(3, "Sources of the data");
            yield return BulletList.Of(sources);
        }

        var analysisNotes = new List<string>();
        foreach (var o in synthesis.Outcomes)
        {
            if (o.Analysis is { } a)
            {
                analysisNotes.AddRange(a.Notes.Select(n => $"{o.Outcome.Name}: {n}"));
                analysisNotes.AddRange(a.Effects.Excluded.Select(e => $"{o.Outcome.Name}: {e.Study} not pooled: {e.Message}"));
                analysisNotes.AddRange(a.Model.Warnings.Select(w => $"{o.Outcome.Name}: {w}"));
            }
            else
            {
                analysisNotes.Add($"{o.Outcome.Name}: no analysis ({o.Problem})");
            }

            analysisNotes.AddRange(o.Outcome.Missing.Select(m => $"{o.Outcome.Name}: {m.Study.Label} has no usable data ({m.Reason})"));
            analysisNotes.AddRange(o.Subgroups.SelectMany(s => s.Notes.Select(n => $"{o.Outcome.Name}, subgroups by {s.Characteristic.Name.ToLowerInvariant()}: {n}")));
            analysisNotes.AddRange(o.Sensitivity.Where(s => s.Problem is not null).Select(s => $"{o.Outcome.Name}, sensitivity analysis '{s.Plan.Name}': {s.Problem}"));
        }

        if (analysisNotes.Count > 0)
        {
            any = true;
            yield return new Heading(3, "Adjustments, exclusions and warnings");
            yield return BulletList.Of(analysisNotes);
        }

        if (!options.Warnings.IsEmpty)
        {
            any = true;
            yield return new Heading(3, "Warnings from the review file");
            yield return BulletList.Of(options.Warnings);
        }

        if (!any)
        {
            yield return Paragraph.Of("No conversions, adjustments or warnings.", ParagraphKind.Note);
        }
    }
}
