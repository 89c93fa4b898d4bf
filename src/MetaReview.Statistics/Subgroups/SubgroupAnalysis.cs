using System.Collections.Immutable;
using System.Globalization;
using MetaReview.Statistics.MetaRegression;
using MetaReview.Statistics.Models;

namespace MetaReview.Statistics.Subgroups;

/// <summary>
/// Subgroup analysis: a separate inverse-variance model per subgroup (separate or common tau²), the test for subgroup
/// differences as the moderator test of the mixed-effects model with the subgroup factor (metafor), and RevMan's Q
/// between the subgroup estimates (Borenstein et al. 2009, Introduction to Meta-Analysis, ch. 19; Cochrane Handbook
/// 10.11.3.1). metafor: <c>rma(yi, vi, subset=group==level)</c> per level and <c>rma(yi, vi, mods = ~ factor(group))</c>.
/// </summary>
public static class SubgroupAnalysis
{
    /// <summary>Fits one model per subgroup and tests for subgroup differences.</summary>
    /// <param name="yi">Effect sizes.</param>
    /// <param name="vi">Sampling variances (&gt; 0).</param>
    /// <param name="labels">The subgroup of each study, parallel to <paramref name="yi"/>; null or empty = missing (study left out).</param>
    /// <param name="options">The model within subgroups (fixed/random, tau² estimator, test, level, ...). Default: metafor's (REML, z).</param>
    /// <param name="subgroupOptions">Separate or common tau², and the report order.</param>
    /// <returns>
    /// The subgroups with their results; a subgroup with one study gets that study's estimate with tau² = 0 (a note
    /// says so). With a single subgroup no test for differences is given.
    /// </returns>
    /// <exception cref="ArgumentException">
    /// For mismatched lengths, invalid yᵢ or vᵢ, no labelled study, or a <see cref="SubgroupOptions.LevelOrder"/> that
    /// misses a label.
    /// </exception>
    public static SubgroupResult Fit(double[] yi, double[] vi, IReadOnlyList<string?> labels, ModelOptions? options = null, SubgroupOptions? subgroupOptions = null)
    {
        ArgumentNullException.ThrowIfNull(labels);
        options ??= ModelOptions.Default;
        subgroupOptions ??= SubgroupOptions.Default;
        ModelData.Validate(yi, vi);
        if (labels.Count != yi.Length)
        {
            throw new ArgumentException($"There are {labels.Count} subgroup labels for {yi.Length} studies; give one label per study.", nameof(labels));
        }

        var warnings = ImmutableArray.CreateBuilder<string>();
        var conventions = ImmutableArray.CreateBuilder<string>();
        var excluded = Enumerable.Range(0, yi.Length).Where(i => string.IsNullOrEmpty(labels[i])).ToImmutableArray();
        if (excluded.Length == yi.Length)
        {
            throw new ArgumentException("No study has a subgroup label.", nameof(labels));
        }

        if (!excluded.IsEmpty)
        {
            warnings.Add($"{excluded.Length} studies without a subgroup label left out: {string.Join(", ", excluded.Select(i => $"study {i + 1}"))}.");
        }

        var order = Order(labels, subgroupOptions.LevelOrder);
        var members = order.ToDictionary(l => l, l => Enumerable.Range(0, yi.Length).Where(i => labels[i] == l).ToImmutableArray(), StringComparer.Ordinal);
        var random = options.Model == EffectModel.Random;
        var k = yi.Length - excluded.Length;
        var g = order.Length;

        // The mixed-effects model with the subgroup factor: the moderator test and, if asked for, the common tau².
        MetaRegressionResult? mixed = null;
        if (g >= 2)
        {
            if (random && options.FixedTau2 is null && k - g < 1)
            {
                warnings.Add($"The mixed-effects test for subgroup differences needs more studies than subgroups (k = {k}, G = {g}); it is not given.");
            }
            else
            {
                var column = ModeratorColumn.Categorical("subgroup", labels, order);
                var design = DesignMatrix.Build("factor(subgroup)", [column]);
                mixed = MetaRegressionModel.Fit(yi, vi, design, options with { Tau2ConfidenceInterval = false });
            }
        }
        else
        {
            warnings.Add("There is a single subgroup: no test for subgroup differences.");
        }

        double? common = null;
        var tau2Mode = random ? subgroupOptions.Tau2 : SubgroupTau2.Separate;
        if (random && tau2Mode == SubgroupTau2.Common)
        {
            if (options.FixedTau2 is { } fixedTau2)
            {
                common = fixedTau2;
            }
            else if (mixed is not null)
            {
                common = mixed.Tau2;
                conventions.Add($"Subgroups: common tau² = {mixed.Tau2.ToString("R", CultureInfo.InvariantCulture)} from rma(yi, vi, mods = ~ factor(group), method=\"{options.Tau2Method}\") (R meta tau.common)");
            }
            else if (g == 1)
            {
                tau2Mode = SubgroupTau2.Separate;
            }
            else
            {
                tau2Mode = SubgroupTau2.Separate;
                warnings.Add("A common tau² cannot be estimated with no more studies than subgroups; separate tau² were used.");
            }
        }

        if (random && tau2Mode == SubgroupTau2.Separate)
        {
            conventions.Add("Subgroups: separate tau² per subgroup (RevMan; metafor rma(yi, vi, subset=))");
        }

        var subgroups = ImmutableArray.CreateBuilder<Subgroup>(g);
        foreach (var level in order)
        {
            var rows = members[level];
            var ys = rows.Select(i => yi[i]).ToArray();
            var vs = rows.Select(i => vi[i]).ToArray();
            var levelOptions = options;
            if (common is { } c)
            {
                levelOptions = options with { FixedTau2 = c };
            }
            else if (random && rows.Length == 1 && options.FixedTau2 is null)
            {
                levelOptions = options with { FixedTau2 = 0 };
            }

            var result = InverseVariance.Fit(ys, vs, levelOptions);
            if (rows.Length == 1)
            {
                var note = $"Subgroup '{level}' has a single study: its estimate is that study's, tau² = {(common is null ? "0" : "the common tau²")}, and its heterogeneity cannot be assessed.";
                warnings.Add(note);
                result = result with { Warnings = result.Warnings.Add(note) };
            }

            subgroups.Add(new Subgroup { Name = level, StudyIndices = rows, Result = result });
        }

        var built = subgroups.MoveToImmutable();
        QBetween? between = null;
        if (g >= 2)
        {
            between = Between(built, vi);
            conventions.Add("Q between subgroups: Cochran's Q of the subgroup estimates with their Wald SEs, df = G − 1 (RevMan)");
        }

        SubgroupDifferenceTest? test = null;
        if (mixed is not null)
        {
            test = new SubgroupDifferenceTest(mixed.Qm, mixed.QmDf, mixed.QmDfDenominator, mixed.QmP, mixed.Tau2, mixed.Test);
            conventions.Add(mixed.Test == TestMethod.Knha
                ? "Test for subgroup differences: F(G − 1, k − G) of the mixed-effects model with the subgroup factor, common residual tau² (metafor, HKSJ)"
                : "Test for subgroup differences: QM, χ²(G − 1), of the mixed-effects model with the subgroup factor, common residual tau² (metafor)");
        }

        return new SubgroupResult
        {
            Model = options.Model,
            Tau2Method = random && options.FixedTau2 is null ? options.Tau2Method : null,
            Tau2 = tau2Mode,
            Subgroups = built,
            SubgroupTest = test,
            QBetween = between,
            Tau2Common = common,
            ExcludedRows = excluded,
            Warnings = warnings.ToImmutable(),
            Conventions = conventions.ToImmutable(),
        };
    }

    /// <summary>Q = Σ wᵍ(θᵍ − θ̄)² with wᵍ = 1/SEᵍ², SEᵍ the Wald SE √(1/Σ 1/(vᵢ + tau²ᵍ)) of subgroup g.</summary>
    private static QBetween Between(ImmutableArray<Subgroup> subgroups, double[] vi)
    {
        var w = new double[subgroups.Length];
        for (var s = 0; s < subgroups.Length; s++)
        {
            var tau2 = subgroups[s].Tau2;
            foreach (var i in subgroups[s].StudyIndices)
            {
                // 1/SE² of the Wald (unscaled) standard error.
                w[s] += 1 / (vi[i] + tau2);
            }
        }

        return QBetween.FromWeights([.. subgroups.Select(g => g.Estimate)], w);
    }

    /// <summary>The subgroups in report order: <paramref name="given"/> (absent levels skipped), else numerically when every label is a number, else ordinally.</summary>
    /// <exception cref="ArgumentException">When <paramref name="given"/> misses a label.</exception>
    internal static ImmutableArray<string> Order(IReadOnlyList<string?> labels, IReadOnlyList<string>? given)
    {
        var present = labels.Where(l => !string.IsNullOrEmpty(l)).Select(l => l!).Distinct(StringComparer.Ordinal).ToList();
        if (given is not null)
        {
            var missing = present.Where(l => !given.Contains(l, StringComparer.Ordinal)).ToList();
            if (missing.Count > 0)
            {
                throw new ArgumentException($"The subgroup order ({string.Join(", ", given)}) does not list: {string.Join(", ", missing)}.", nameof(given));
            }

            return [.. given.Where(present.Contains).Distinct(StringComparer.Ordinal)];
        }

        var numbers = present.Select(l => (Label: l, Ok: double.TryParse(l, NumberStyles.Float, CultureInfo.InvariantCulture, out var n), Number: n)).ToList();
        return numbers.All(n => n.Ok)
            ? [.. numbers.OrderBy(n => n.Number).Select(n => n.Label)]
            : [.. present.Order(StringComparer.Ordinal)];
    }
}
