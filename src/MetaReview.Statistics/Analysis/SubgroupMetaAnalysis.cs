using System.Collections.Immutable;
using MetaReview.Statistics.EffectSizes;
using MetaReview.Statistics.Models;
using MetaReview.Statistics.Subgroups;

namespace MetaReview.Statistics.Analysis;

/// <summary>
/// Subgroup analysis of study data with the main analysis's settings, as <c>metareview analyze --subgroup</c> and the
/// review report run it. Inverse-variance analyses compute the effect sizes once for all studies and go through
/// <see cref="SubgroupAnalysis.Fit"/> (separate or common tau², RevMan's Q between and the mixed-effects moderator
/// test; metafor: <c>escalc()</c> on the whole data, then <c>rma(yi, vi, subset=)</c> per level and
/// <c>rma(yi, vi, mods = ~ factor(group))</c>). MH and Peto analyses pool each subgroup with the same method and give
/// RevMan's Q between the subgroup estimates (Deeks, Altman and Bradburn 2001; Cochrane Handbook 10.11.3.1); the
/// mixed-effects moderator test, an inverse-variance model, is not given for them.
/// </summary>
public static class SubgroupMetaAnalysis
{
    /// <summary>Analyses each subgroup and tests for subgroup differences.</summary>
    /// <param name="studies">The study data, as for <see cref="MetaAnalysis.Run"/>.</param>
    /// <param name="labels">The subgroup of each study; null or empty = no subgroup (the study is left out and listed in <see cref="SubgroupMetaAnalysisResult.Unlabelled"/>).</param>
    /// <param name="options">The main analysis's settings (measure, pooling method, model, tau² estimator, test, level).</param>
    /// <param name="subgroupOptions">
    /// Separate or common tau² (common only for inverse-variance random-effects analyses; otherwise separate, with a
    /// test note) and the report order (levels absent from the data are skipped).
    /// </param>
    /// <exception cref="ArgumentException">Mismatched lengths, invalid study data, or a level order that misses a label.</exception>
    /// <exception cref="AnalysisException">No labelled study can enter the analysis.</exception>
    public static SubgroupMetaAnalysisResult Run(IReadOnlyList<StudyInput> studies, IReadOnlyList<string?> labels, AnalysisOptions options, SubgroupOptions? subgroupOptions = null)
    {
        ArgumentNullException.ThrowIfNull(studies);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(options);
        subgroupOptions ??= SubgroupOptions.Default;
        if (labels.Count != studies.Count)
        {
            throw new ArgumentException($"There are {labels.Count} subgroup labels for {studies.Count} studies; give one label per study.", nameof(labels));
        }

        var unlabelled = Enumerable.Range(0, studies.Count).Where(i => string.IsNullOrEmpty(labels[i])).ToImmutableArray();
        if (unlabelled.Length == studies.Count)
        {
            throw new AnalysisException("No study has a subgroup label.");
        }

        var result = options.Method == PoolingMethod.IV
            ? InverseVarianceSubgroups(studies, labels, options, subgroupOptions)
            : SubgroupsByMethod(studies, labels, options, subgroupOptions);
        return result with { Unlabelled = unlabelled };
    }

    private static SubgroupMetaAnalysisResult InverseVarianceSubgroups(IReadOnlyList<StudyInput> studies, IReadOnlyList<string?> labels, AnalysisOptions options, SubgroupOptions subgroupOptions)
    {
        var measure = options.Measure;
        var effects = EffectSizeCalculator.Compute(measure, studies, options.EffectSizes);

        // Rows of the effects (studies that enter the analysis) that have a label: the subgroup engine's studies.
        var rows = Enumerable.Range(0, effects.K).Where(r => !string.IsNullOrEmpty(labels[effects.InputIndices[r]])).ToArray();
        var notes = ImmutableArray.CreateBuilder<string>();
        var analysed = rows.Select(r => labels[effects.InputIndices[r]]!).ToHashSet(StringComparer.Ordinal);
        foreach (var level in SubgroupAnalysis.Order(labels, subgroupOptions.LevelOrder).Where(l => !analysed.Contains(l)))
        {
            var reasons = effects.Excluded.Where(x => Enumerable.Range(0, studies.Count).Any(i => labels[i] == level && studies[i].Study == x.Study)).Select(x => $"{x.Study}: {x.Message}");
            notes.Add($"Subgroup '{level}': no study can enter the analysis ({string.Join("; ", reasons)}).");
        }

        if (rows.Length == 0)
        {
            throw new AnalysisException($"No study with a subgroup label can enter the analysis ({string.Join("; ", effects.Excluded.Select(x => $"{x.Study}: {x.Message}"))}).");
        }

        var fit = SubgroupAnalysis.Fit(
            [.. rows.Select(r => effects.Yi[r])],
            [.. rows.Select(r => effects.Vi[r])],
            [.. rows.Select(r => labels[effects.InputIndices[r]])],
            options.Model,
            subgroupOptions);
        var levelOptions = fit.Tau2Common is { } common ? options with { Model = options.Model with { FixedTau2 = common } } : options;
        var levels = ImmutableArray.CreateBuilder<SubgroupLevelAnalysis>(fit.Subgroups.Length);
        foreach (var subgroup in fit.Subgroups)
        {
            var members = subgroup.StudyIndices.Select(s => rows[s]).ToArray();
            var names = members.Select(r => effects.Studies[r]).ToImmutableArray();
            var inputs = members.Select(r => effects.InputIndices[r]).ToImmutableArray();
            var studyNotes = effects.Notes.Where(n => names.Contains(n.Study)).ToImmutableArray();
            var levelEffects = new StudyEffects(measure, names, [.. members.Select(r => effects.Yi[r])], [.. members.Select(r => effects.Vi[r])],
                [.. members.Select(r => effects.Increments[r])], [], studyNotes, inputs);
            var model = subgroup.Result;
            levels.Add(new SubgroupLevelAnalysis(subgroup.Name, new AnalysisResult
            {
                Options = levelOptions,
                Effects = levelEffects,
                Model = model,
                BackTransformed = BackTransformed.From(measure, model, MetaAnalysis.HarmonicMeanN(measure, [.. inputs.Select(i => studies[i])])),
                Notes = [.. studyNotes.Select(n => $"{n.Study}: {n.Message}"), .. model.Warnings],
            }));
            if (model.K == 1)
            {
                notes.Add(SingleStudy(subgroup.Name, names[0]));
            }
        }

        // The engine's notes about single subgroups are in their models' warnings; the rest are about the tests and tau².
        var levelWarnings = fit.Subgroups.SelectMany(s => s.Result.Warnings).ToHashSet(StringComparer.Ordinal);
        return new SubgroupMetaAnalysisResult
        {
            Levels = levels.MoveToImmutable(),
            QBetween = fit.QBetween,
            SubgroupTest = fit.SubgroupTest,
            Tau2 = fit.Tau2,
            Tau2Common = fit.Tau2Common,
            Notes = notes.ToImmutable(),
            TestNotes = [.. fit.Warnings.Where(w => !levelWarnings.Contains(w))],
            Conventions = fit.Conventions,
        };
    }

    private static SubgroupMetaAnalysisResult SubgroupsByMethod(IReadOnlyList<StudyInput> studies, IReadOnlyList<string?> labels, AnalysisOptions options, SubgroupOptions subgroupOptions)
    {
        var notes = ImmutableArray.CreateBuilder<string>();
        var testNotes = ImmutableArray.CreateBuilder<string>();
        var levels = ImmutableArray.CreateBuilder<SubgroupLevelAnalysis>();
        foreach (var level in SubgroupAnalysis.Order(labels, subgroupOptions.LevelOrder))
        {
            var members = Enumerable.Range(0, studies.Count).Where(i => labels[i] == level).ToArray();
            try
            {
                var result = MetaAnalysis.Run([.. members.Select(i => studies[i])], options);
                result = result with { Effects = result.Effects with { InputIndices = [.. result.Effects.InputIndices.Select(j => members[j])] } };
                levels.Add(new SubgroupLevelAnalysis(level, result));
                if (result.Model.K == 1)
                {
                    notes.Add(SingleStudy(level, result.Effects.Studies[0]));
                }
            }
            catch (AnalysisException e)
            {
                notes.Add($"Subgroup '{level}': {e.Message}");
            }
        }

        if (levels.Count == 0)
        {
            throw new AnalysisException($"No subgroup can be analysed: {string.Join(" ", notes)}");
        }

        var method = options.Method == PoolingMethod.MH ? "Mantel–Haenszel" : "Peto";
        var random = options.Model.Model == EffectModel.Random;
        if (random && subgroupOptions.Tau2 == SubgroupTau2.Common)
        {
            testNotes.Add($"A common tau² is estimated from an inverse-variance model; with {method} pooling each subgroup has its own tau².");
        }

        var built = levels.ToImmutable();
        QBetween? between = null;
        if (built.Length >= 2)
        {
            between = QBetween.FromEstimates([.. built.Select(l => l.Analysis.Model.Estimate)], [.. built.Select(l => l.Analysis.WaldStandardError)]);
            testNotes.Add($"The mixed-effects test for subgroup differences is an inverse-variance model; it is not given with {method} pooling.");
        }
        else
        {
            testNotes.Add("There is a single subgroup: no test for subgroup differences.");
        }

        return new SubgroupMetaAnalysisResult
        {
            Levels = built,
            QBetween = between,
            Tau2 = SubgroupTau2.Separate,
            Notes = notes.ToImmutable(),
            TestNotes = testNotes.ToImmutable(),
            Conventions =
            [
                $"Subgroups: each pooled with {method}{(random ? " (random effects, separate tau²)" : "")}, as the main analysis (RevMan)",
                "Q between subgroups: Cochran's Q of the subgroup estimates with their SEs, df = G − 1 (RevMan)",
            ],
        };
    }

    private static string SingleStudy(string level, string study) =>
        $"Subgroup '{level}' has a single study ({study}): its estimate is that study's and its heterogeneity cannot be assessed.";
}
