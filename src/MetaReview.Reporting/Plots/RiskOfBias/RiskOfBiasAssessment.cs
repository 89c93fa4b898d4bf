using System.Collections.Immutable;

namespace MetaReview.Reporting.Plots.RiskOfBias;

/// <summary>The input of the risk-of-bias plots: a tool and the judgements of each study.</summary>
public sealed record RiskOfBiasAssessment(RiskOfBiasTool Tool, ImmutableArray<StudyJudgements> Studies)
{
    /// <summary>True when every study has an overall judgement (the plots then add an "Overall" column or bar).</summary>
    public bool HasOverall => Studies.All(s => s.Overall is not null);

    /// <summary>Throws on anything the plots cannot show, naming the study, the domain and the value.</summary>
    /// <exception cref="ArgumentException">No studies, an unnamed study, a wrong number of judgements, a judgement the tool does not use, or a negative weight.</exception>
    public void Validate()
    {
        ArgumentNullException.ThrowIfNull(Tool);
        if (Studies.IsDefaultOrEmpty)
        {
            throw new ArgumentException($"the {Tool.Name} assessment has no studies", nameof(Studies));
        }

        for (var i = 0; i < Studies.Length; i++)
        {
            var s = Studies[i];
            var where = $"{Tool.Name} assessment, study {i + 1} ('{s.Study}')";
            if (string.IsNullOrWhiteSpace(s.Study))
            {
                throw new ArgumentException($"{where}: the study needs a name", nameof(Studies));
            }

            if (s.Domains.IsDefault || s.Domains.Length != Tool.Domains.Length)
            {
                throw new ArgumentException($"{where}: expected {Tool.Domains.Length} judgements ({string.Join(", ", Tool.Domains.Select(d => d.Code))}), got {(s.Domains.IsDefault ? 0 : s.Domains.Length)}", nameof(Studies));
            }

            for (var d = 0; d < s.Domains.Length; d++)
            {
                if (!Tool.Judgements.Contains(s.Domains[d]))
                {
                    throw new ArgumentException($"{where}, {Tool.Domains[d].Code}: '{s.Domains[d]}' is not a {Tool.Name} judgement; use {string.Join(", ", Tool.Judgements)}", nameof(Studies));
                }
            }

            if (s.Overall is { } overall && !Tool.OverallJudgements.Contains(overall))
            {
                throw new ArgumentException($"{where}, overall: '{overall}' is not a {Tool.Name} overall judgement; use {string.Join(", ", Tool.OverallJudgements)}", nameof(Studies));
            }

            if (s.Weight is { } w && (!double.IsFinite(w) || w < 0))
            {
                throw new ArgumentException($"{where}: the weight must be a finite number >= 0, got {w}", nameof(Studies));
            }
        }
    }
}
