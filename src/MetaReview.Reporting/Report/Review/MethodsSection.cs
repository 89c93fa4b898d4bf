using System.Collections.Immutable;
using MetaReview.Reporting.Report.Document;
using MetaReview.Review.Synthesis;
using MetaReview.Statistics.Analysis;
using MetaReview.Statistics.EffectSizes;
using MetaReview.Statistics.Estimators;
using MetaReview.Statistics.Models;

namespace MetaReview.Reporting.Report.Review;

/// <summary>The methods paragraph, generated from the settings the analyses actually used.</summary>
internal static class MethodsSection
{
    public static IEnumerable<Block> Blocks(ReviewSynthesis synthesis, ReviewReportOptions options)
    {
        yield return new Heading(2, "Methods", "methods");
        var project = synthesis.Project;
        if (project.Question is { } q)
        {
            var picos = new List<string>();
            void Add(string name, string? value)
            {
                if (!string.IsNullOrWhiteSpace(value))
                {
                    picos.Add($"{name}: {value}");
                }
            }

            Add("Objective", q.Objective);
            Add("Population", q.Population);
            Add("Intervention", q.Intervention);
            Add("Comparison", q.Comparison);
            Add("Outcomes", q.Outcomes);
            Add("Study design", q.StudyDesign);
            if (picos.Count > 0)
            {
                yield return new Heading(3, "Question (PICOS)");
                yield return BulletList.Of(picos);
            }
        }

        if (!project.Eligibility.IsEmpty)
        {
            yield return new Heading(3, "Eligibility criteria");
            yield return BulletList.Of(project.Eligibility.Select(c => $"{c.Text} ({c.Id})"));
        }

        yield return new Heading(3, "Searches");
        if (project.Searches.IsEmpty)
        {
            yield return Paragraph.Of("No searches are recorded in the review file.", ParagraphKind.Note);
        }
        else
        {
            yield return BulletList.Of(project.Searches.Select(s =>
                $"{s.Database}{(s.Platform is null ? "" : $" ({s.Platform})")}, searched {s.Date}{(s.Records is { } n ? $": {n} records" : "")}{(s.Notes is null ? "" : $"; {s.Notes}")}"));
        }

        yield return new Heading(3, "Statistical analysis");
        yield return Paragraph.Of(Analysis(synthesis, options));
        var conversions = synthesis.Outcomes.SelectMany(o => o.Outcome.Conversions).Select(c => $"{c.Conversion.Record.Method} ({c.Conversion.Record.Citation})").Distinct().ToList();
        if (conversions.Count > 0)
        {
            yield return Paragraph.Of("Data reported in other forms were converted before analysis, each conversion listed in the data notes: " + string.Join("; ", conversions) + ".");
        }

        yield return Paragraph.Of("Certainty of the evidence was rated with GRADE (Guyatt et al. 2011). MetaReview suggests a judgement for each domain with explicit rules " +
            "(risk of bias from the share of weight from studies at high risk or with some concerns; inconsistency from I² and the prediction interval; " +
            "imprecision from the confidence interval against no effect or the minimal important difference and the optimal information size; " +
            "publication bias from a small-study test only with at least 10 studies); the reviewers' own judgements replace the suggestions and are marked as such.");
    }

    private static string Analysis(ReviewSynthesis synthesis, ReviewReportOptions options)
    {
        var analysed = synthesis.Outcomes.Where(o => o.Analysis is not null).ToList();
        var parts = new List<string> { $"Analyses were run with {options.Software}." };
        var measures = analysed.Select(o => o.Analysis!.Measure).Distinct().ToList();
        if (measures.Count > 0)
        {
            parts.Add("Effects were expressed as " + Join(measures.Select(Describe)) + ".");
        }

        var models = analysed.GroupBy(o => Describe(o.Analysis!.Options)).ToList();
        foreach (var g in models)
        {
            var names = models.Count == 1 ? "All outcomes were" : Join(g.Select(o => o.Outcome.Name)) + (g.Count() == 1 ? " was" : " were");
            parts.Add($"{names} pooled with {g.Key}.");
        }

        parts.Add("Heterogeneity was assessed with Cochran's Q (Chi²), I² and tau².");
        if (analysed.Any(o => o.Analysis!.Model.PredictionInterval is not null))
        {
            parts.Add("Random-effects analyses report a prediction interval.");
        }

        if (analysed.Any(o => !o.Subgroups.IsEmpty))
        {
            parts.Add("Subgroup analyses fitted each subgroup separately; the test for subgroup differences is Q between the subgroup estimates (df = subgroups − 1) with I², as in RevMan (Deeks, Altman and Bradburn 2001), and, for inverse-variance analyses, the mixed-effects moderator test with a common residual tau².");
        }

        var sensitivity = analysed.SelectMany(o => o.Sensitivity.Select(s => s.Plan.Name)).Distinct().ToList();
        if (sensitivity.Count > 0)
        {
            parts.Add("Planned sensitivity analyses: " + Join(sensitivity) + ".");
        }

        parts.Add("Small-study effects were not tested for outcomes with fewer than 10 studies (Sterne et al. 2011).");
        return string.Join(" ", parts);
    }

    /// <summary>The model in words, e.g. "a random-effects model (REML estimate of tau², Wald-type 95% confidence intervals)".</summary>
    public static string Describe(AnalysisOptions options)
    {
        var m = options.Model;
        var level = ReportText.Level(m.Level);
        var test = m.Test == TestMethod.Knha ? $"Hartung–Knapp–Sidik–Jonkman {level} confidence intervals" : $"Wald-type {level} confidence intervals";
        var method = options.Method switch
        {
            PoolingMethod.MH => "the Mantel–Haenszel method",
            PoolingMethod.Peto => "the Peto method",
            _ => "inverse-variance weighting",
        };
        return m.Model == EffectModel.Random
            ? $"a random-effects model using {method} ({Tau2Name(m.Tau2Method)} estimate of tau², {test})"
            : $"a fixed-effect (common-effect) model using {method} ({test})";
    }

    /// <summary>The model in a few words for table cells, e.g. "IV, random, REML, HKSJ" or "MH, fixed".</summary>
    public static string Short(AnalysisOptions options)
    {
        var m = options.Model;
        var parts = new List<string> { options.Method.ToString(), m.Model == EffectModel.Random ? "random" : "fixed" };
        if (m.Model == EffectModel.Random)
        {
            parts.Add(m.Tau2Method.ToString());
        }

        if (m.Test == TestMethod.Knha)
        {
            parts.Add("HKSJ");
        }

        return string.Join(", ", parts);
    }

    public static string Tau2Name(Tau2Method method) => method switch
    {
        Tau2Method.DL => "DerSimonian–Laird",
        Tau2Method.REML => "restricted maximum-likelihood (REML)",
        Tau2Method.ML => "maximum-likelihood",
        Tau2Method.PM => "Paule–Mandel",
        Tau2Method.EB => "empirical Bayes",
        Tau2Method.HE => "Hedges",
        Tau2Method.SJ => "Sidik–Jonkman",
        Tau2Method.HS => "Hunter–Schmidt",
        _ => method.ToString(),
    };

    private static string Describe(EffectMeasure measure) => measure switch
    {
        EffectMeasure.MD => "mean differences (MD)",
        EffectMeasure.SMD => "standardised mean differences (SMD, Hedges' g)",
        EffectMeasure.RR => "risk ratios (RR)",
        EffectMeasure.OR => "odds ratios (OR)",
        EffectMeasure.RD => "risk differences (RD)",
        EffectMeasure.PETO => "Peto odds ratios",
        _ => $"{measure.DisplayName()} ({measure})",
    };

    private static string Join(IEnumerable<string> items)
    {
        var list = items.ToImmutableArray();
        return list.Length switch
        {
            0 => "",
            1 => list[0],
            2 => $"{list[0]} and {list[1]}",
            _ => string.Join(", ", list.Take(list.Length - 1)) + ", and " + list[^1],
        };
    }
}
