using System.Collections.Immutable;

namespace MetaReview.Review.Project;

/// <summary>
/// A risk-of-bias tool's domains and the judgements it allows: RoB 2, RoB 1 and ROBINS-I as published, or
/// domains the review defines.
/// </summary>
/// <param name="Tool">Which tool.</param>
/// <param name="Name">The tool's name as printed, e.g. "RoB 2".</param>
/// <param name="Domains">The domains, in the tool's order.</param>
/// <param name="Judgements">The judgements the tool allows, from least to most severe.</param>
public sealed record RiskOfBiasScheme(RiskOfBiasTool Tool, string Name, ImmutableArray<RiskOfBiasDomain> Domains, ImmutableArray<BiasJudgement> Judgements)
{
    /// <summary>RoB 2 (Sterne et al. 2019, BMJ 366:l4898, doi:10.1136/bmj.l4898): domains D1–D5; low, some concerns, high.</summary>
    public static RiskOfBiasScheme Rob2 { get; } = new(RiskOfBiasTool.Rob2, "RoB 2",
    [
        new("D1", "Bias arising from the randomization process"),
        new("D2", "Bias due to deviations from intended interventions"),
        new("D3", "Bias due to missing outcome data"),
        new("D4", "Bias in measurement of the outcome"),
        new("D5", "Bias in selection of the reported result"),
    ], [BiasJudgement.Low, BiasJudgement.SomeConcerns, BiasJudgement.High]);

    /// <summary>The Cochrane risk-of-bias tool (Higgins et al. 2011, BMJ 343:d5928, doi:10.1136/bmj.d5928): seven domains; low, unclear, high.</summary>
    public static RiskOfBiasScheme Rob1 { get; } = new(RiskOfBiasTool.Rob1, "RoB 1",
    [
        new("random_sequence", "Random sequence generation (selection bias)"),
        new("allocation_concealment", "Allocation concealment (selection bias)"),
        new("blinding_participants", "Blinding of participants and personnel (performance bias)"),
        new("blinding_outcome", "Blinding of outcome assessment (detection bias)"),
        new("incomplete_data", "Incomplete outcome data (attrition bias)"),
        new("selective_reporting", "Selective reporting (reporting bias)"),
        new("other", "Other bias"),
    ], [BiasJudgement.Low, BiasJudgement.Unclear, BiasJudgement.High]);

    /// <summary>
    /// ROBINS-I (Sterne et al. 2016, BMJ 355:i4919, doi:10.1136/bmj.i4919): domains D1–D7; low, moderate,
    /// serious, critical, no information.
    /// </summary>
    public static RiskOfBiasScheme RobinsI { get; } = new(RiskOfBiasTool.RobinsI, "ROBINS-I",
    [
        new("D1", "Bias due to confounding"),
        new("D2", "Bias in selection of participants into the study"),
        new("D3", "Bias in classification of interventions"),
        new("D4", "Bias due to deviations from intended interventions"),
        new("D5", "Bias due to missing data"),
        new("D6", "Bias in measurement of outcomes"),
        new("D7", "Bias in selection of the reported result"),
    ], [BiasJudgement.Low, BiasJudgement.Moderate, BiasJudgement.Serious, BiasJudgement.Critical, BiasJudgement.NoInformation]);

    /// <summary>The judgements domains of a review-defined tool may take.</summary>
    public static ImmutableArray<BiasJudgement> CustomJudgements { get; } =
        [BiasJudgement.Low, BiasJudgement.SomeConcerns, BiasJudgement.Unclear, BiasJudgement.High];

    /// <summary>The domain with this id (ignoring case), or <see langword="null"/>.</summary>
    public RiskOfBiasDomain? FindDomain(string id) =>
        Domains.FirstOrDefault(d => string.Equals(d.Id, id, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The overall judgement the tools' algorithms give: the most severe domain judgement (RoB 2: "high in at
    /// least one domain" → high, else some concerns in any → some concerns, else low; ROBINS-I: at least as
    /// severe as the most severe domain); with ROBINS-I, "no information" when some domain has no information
    /// and none is serious or critical. Reviewers may judge an overall more severe (RoB 2: several domains
    /// with some concerns may make it high), never less.
    /// </summary>
    public static BiasJudgement OverallFrom(IReadOnlyList<BiasDomainJudgement> domains)
    {
        ArgumentNullException.ThrowIfNull(domains);
        var worst = domains.Where(d => d.Judgement.Severity() is not null).MaxBy(d => d.Judgement.Severity())?.Judgement;
        var anyMissing = domains.Any(d => d.Judgement == BiasJudgement.NoInformation);
        return worst switch
        {
            null => BiasJudgement.NoInformation,
            { } w when anyMissing && w.Severity() < 2 => BiasJudgement.NoInformation,
            { } w => w,
        };
    }
}
