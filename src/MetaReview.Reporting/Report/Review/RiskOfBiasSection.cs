using MetaReview.Reporting.Plots.RiskOfBias;
using MetaReview.Reporting.Report.Document;
using MetaReview.Review.Project;
using Plot = MetaReview.Reporting.Plots.RiskOfBias;
using ProjectTool = MetaReview.Review.Project.RiskOfBiasTool;

namespace MetaReview.Reporting.Report.Review;

/// <summary>Risk-of-bias figures (traffic light and summary) per tool, from the study-level assessments.</summary>
internal static class RiskOfBiasSection
{
    public static IEnumerable<Block> Blocks(ReviewProject project)
    {
        yield return new Heading(2, "Risk of bias in included studies", "risk-of-bias");
        var included = project.IncludedStudies.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var assessments = project.RiskOfBias.Where(a => included.Contains(a.Study)).ToList();
        if (assessments.Count == 0)
        {
            yield return Paragraph.Of("No risk-of-bias assessments are recorded in the review file: the certainty of evidence treats risk of bias as not assessed.", ParagraphKind.Note);
            yield break;
        }

        foreach (var group in assessments.GroupBy(a => (a.Scheme.Name, Outcomes: string.Join(",", a.Outcomes))))
        {
            var first = group.First();
            var tool = Tool(first.Scheme);
            var plotInput = new Plot.RiskOfBiasAssessment(tool, [.. group.Select(a => Judgements(project, a))]);
            var scope = first.Outcomes.IsEmpty ? "all outcomes" : string.Join(", ", first.Outcomes.Select(o => project.FindOutcome(o)?.Name ?? o));
            var slug = Slug($"{first.Scheme.Name}-{scope}");
            yield return new Figure($"rob-traffic-light-{slug}", $"{first.Scheme.Name} judgements per study ({scope})", TrafficLightPlot.Create(plotInput));
            yield return new Figure($"rob-summary-{slug}", $"{first.Scheme.Name}: share of studies per judgement ({scope})", SummaryPlot.Create(plotInput));
            var supports = group.SelectMany(a => a.Domains.Where(d => d.Support is not null).Select(d => $"{Label(project, a.Study)}, {d.Domain}: {d.Support}")
                .Concat(a.Support is null ? [] : [$"{Label(project, a.Study)}, overall: {a.Support}"])).ToList();
            if (supports.Count > 0)
            {
                yield return BulletList.Of(supports);
            }
        }
    }

    /// <summary>
    /// The judgements behind <paramref name="outcome"/>'s results for a forest plot's risk-of-bias columns, or
    /// <see langword="null"/> when none are recorded or its studies were assessed with different tools.
    /// </summary>
    public static Plot.RiskOfBiasAssessment? ForOutcome(ReviewProject project, ReviewOutcome outcome)
    {
        var assessments = outcome.Data.Select(d => project.RiskOfBiasFor(d.Study.Id, outcome.Id)).Where(a => a is not null).Select(a => a!).ToList();
        if (assessments.Count == 0 || assessments.Select(a => a.Scheme.Name).Distinct().Count() != 1)
        {
            return null;
        }

        return new Plot.RiskOfBiasAssessment(Tool(assessments[0].Scheme), [.. assessments.Select(a => Judgements(project, a))]);
    }

    private static StudyJudgements Judgements(ReviewProject project, MetaReview.Review.Project.RiskOfBiasAssessment a) =>
        new(Label(project, a.Study), [.. a.Domains.Select(d => Map(d.Judgement))], Map(a.Overall));

    private static string Label(ReviewProject project, string id) => project.FindStudy(id)?.Label ?? id;

    private static Plot.RiskOfBiasTool Tool(RiskOfBiasScheme scheme) => scheme.Tool switch
    {
        ProjectTool.Rob2 => Plot.RiskOfBiasTool.Rob2,
        ProjectTool.Rob1 => Plot.RiskOfBiasTool.Rob1,
        ProjectTool.RobinsI => Plot.RiskOfBiasTool.RobinsI,
        _ => Plot.RiskOfBiasTool.Custom(scheme.Name, scheme.Domains.Select(d => new Plot.RiskOfBiasDomain(d.Id, d.Name)), [.. scheme.Judgements.Select(Map), Judgement.NoInformation]),
    };

    private static Judgement Map(BiasJudgement judgement) => Enum.Parse<Judgement>(judgement.ToString());

    private static string Slug(string text) =>
        new string([.. text.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : '-')]).Trim('-');
}
