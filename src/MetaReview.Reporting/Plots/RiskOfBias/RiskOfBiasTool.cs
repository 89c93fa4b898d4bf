using System.Collections.Immutable;

namespace MetaReview.Reporting.Plots.RiskOfBias;

/// <summary>
/// A risk-of-bias tool: its domains and the judgements it allows, from least to most concern.
/// The three Cochrane tools are built in; <see cref="Custom"/> makes any other.
/// </summary>
public sealed record RiskOfBiasTool(string Name, ImmutableArray<RiskOfBiasDomain> Domains, ImmutableArray<Judgement> Judgements)
{
    private readonly ImmutableArray<Judgement>? _overallJudgements;

    /// <summary>
    /// The judgements allowed for the overall risk of bias; by default the domain judgements. Reviews that
    /// summarise RoB 1 with their own rule (e.g. low / moderate / high) set it with <c>with</c>.
    /// </summary>
    public ImmutableArray<Judgement> OverallJudgements
    {
        get => _overallJudgements ?? Judgements;
        init => _overallJudgements = value;
    }

    /// <summary>Every judgement the tool can show, domains first, in order of increasing concern (no information last).</summary>
    public IEnumerable<Judgement> AllJudgements => Judgements.Union(OverallJudgements).OrderBy(j => j == Judgement.NoInformation ? int.MaxValue : (int)j);

    /// <summary>
    /// RoB 2 (Sterne JAC, Savović J, Page MJ, et al. RoB 2: a revised tool for assessing risk of bias in
    /// randomised trials. BMJ 2019;366:l4898), five domains; Low, Some concerns, High.
    /// </summary>
    public static RiskOfBiasTool Rob2 { get; } = new(
        "RoB 2",
        [
            new("D1", "Bias arising from the randomization process"),
            new("D2", "Bias due to deviations from intended interventions"),
            new("D3", "Bias due to missing outcome data"),
            new("D4", "Bias in measurement of the outcome"),
            new("D5", "Bias in selection of the reported result"),
        ],
        [Judgement.Low, Judgement.SomeConcerns, Judgement.High, Judgement.NoInformation]);

    /// <summary>
    /// The original Cochrane tool (Higgins JPT, Altman DG, Gøtzsche PC, et al. BMJ 2011;343:d5928), seven
    /// domains; Low, Unclear, High.
    /// </summary>
    public static RiskOfBiasTool Rob1 { get; } = new(
        "RoB 1",
        [
            new("D1", "Random sequence generation (selection bias)"),
            new("D2", "Allocation concealment (selection bias)"),
            new("D3", "Blinding of participants and personnel (performance bias)"),
            new("D4", "Blinding of outcome assessment (detection bias)"),
            new("D5", "Incomplete outcome data (attrition bias)"),
            new("D6", "Selective reporting (reporting bias)"),
            new("D7", "Other bias"),
        ],
        [Judgement.Low, Judgement.Unclear, Judgement.High]);

    /// <summary>
    /// ROBINS-I (Sterne JAC, Hernán MA, Reeves BC, et al. BMJ 2016;355:i4919), seven domains; Low,
    /// Moderate, Serious, Critical, No information.
    /// </summary>
    public static RiskOfBiasTool RobinsI { get; } = new(
        "ROBINS-I",
        [
            new("D1", "Bias due to confounding"),
            new("D2", "Bias in selection of participants into the study"),
            new("D3", "Bias in classification of interventions"),
            new("D4", "Bias due to deviations from intended interventions"),
            new("D5", "Bias due to missing data"),
            new("D6", "Bias in measurement of outcomes"),
            new("D7", "Bias in selection of the reported result"),
        ],
        [Judgement.Low, Judgement.Moderate, Judgement.Serious, Judgement.Critical, Judgement.NoInformation]);

    /// <summary>A tool with user-defined domains and judgements (e.g. QUADAS-2, or a review's own checklist).</summary>
    /// <exception cref="ArgumentException">No domains, a duplicate or empty code, or no judgements.</exception>
    public static RiskOfBiasTool Custom(string name, IEnumerable<RiskOfBiasDomain> domains, IEnumerable<Judgement> judgements)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var d = domains?.ToImmutableArray() ?? throw new ArgumentNullException(nameof(domains));
        var j = judgements?.Distinct().ToImmutableArray() ?? throw new ArgumentNullException(nameof(judgements));
        if (d.IsEmpty)
        {
            throw new ArgumentException($"risk-of-bias tool '{name}' needs at least one domain", nameof(domains));
        }

        var blank = d.FirstOrDefault(x => string.IsNullOrWhiteSpace(x.Code) || string.IsNullOrWhiteSpace(x.Name));
        if (blank is not null)
        {
            throw new ArgumentException($"risk-of-bias tool '{name}': every domain needs a code and a name, got code '{blank.Code}', name '{blank.Name}'", nameof(domains));
        }

        var duplicate = d.GroupBy(x => x.Code, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"risk-of-bias tool '{name}': the domain code '{duplicate.Key}' is used {duplicate.Count()} times", nameof(domains));
        }

        if (j.IsEmpty)
        {
            throw new ArgumentException($"risk-of-bias tool '{name}' needs at least one judgement", nameof(judgements));
        }

        return new RiskOfBiasTool(name, d, j);
    }
}
