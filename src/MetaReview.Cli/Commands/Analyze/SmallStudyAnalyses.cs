using MetaReview.Reporting.Results;
using MetaReview.Review.Input;
using MetaReview.Statistics.Analysis;
using MetaReview.Statistics.EffectSizes;
using MetaReview.Statistics.SmallStudy;

namespace MetaReview.Cli.Commands.Analyze;

/// <summary>
/// Runs every test for small-study effects of <c>--bias</c> on the analysed effect sizes with the analysis's model:
/// Egger's test as metafor's <c>regtest(res)</c> (meta-regression) and <c>regtest(res, model="lm")</c> (classical), Begg
/// and Mazumdar's rank correlation, trim-and-fill, fail-safe N, PET-PEESE, and for odds ratios from 2×2 tables Peters'
/// and Harbord's tests. Each result states its k and carries the Sterne et al. (2011) note below 10 studies; a test
/// that cannot run on these data is left out with a note saying why.
/// </summary>
internal static class SmallStudyAnalyses
{
    public static SmallStudyOutput Run(AnalysisDataset dataset, AnalysisResult result, SensitivityRequest request)
    {
        var effects = result.Effects;
        var yi = effects.Yi.ToArray();
        var vi = effects.Vi.ToArray();
        var model = result.Options.Model;
        var notes = new List<string>();

        var output = new SmallStudyOutput
        {
            Egger = Try("egger", notes, () => EggerTest.MixedEffects(yi, vi, model)),
            EggerLm = Try("egger_lm", notes, () => EggerTest.Classical(yi, vi, model.Level)),
            Begg = Try("begg", notes, () => RankCorrelationTest.Run(yi, vi)),
            TrimFill = Try("trimfill", notes, () => TrimAndFill.Run(yi, vi, new TrimAndFillOptions
            {
                Model = model,
                Estimator = request.TrimFillEstimator,
                Side = request.TrimFillSide,
            })),
            Fsn = Try("fsn", notes, () => FailSafeN.Compute(yi, vi, new FailSafeNOptions { OrwinTarget = request.FsnTarget })),
            PetPeese = Try("pet_peese", notes, () => PetPeese.Run(yi, vi, new PetPeeseOptions { Level = model.Level })),
        };

        var tables = effects.InputIndices.Select(i => dataset.Studies[i].Data as BinaryArms).ToList();
        if (result.Measure != EffectMeasure.OR || tables.Any(t => t is null))
        {
            notes.Add($"peters, harbord: Peters' and Harbord's tests are for odds ratios from 2×2 tables; this analysis is {result.Measure}{(tables.Any(t => t is null) ? " without 2×2 tables" : "")} (use --measure OR on event counts).");
            return output with { Notes = [.. notes] };
        }

        var arms = tables.Select(t => t!).ToList();
        return output with
        {
            Peters = Try("peters", notes, () => PetersTest.Run(yi, arms, model.Level)),
            Harbord = Try("harbord", notes, () => HarbordTest.Run(arms, model.Level)),
            Notes = [.. notes],
        };
    }

    /// <summary>The test, or null with a note when the engine says it cannot run on these data (e.g. too few studies).</summary>
    private static T? Try<T>(string name, List<string> notes, Func<T> test)
        where T : class
    {
        try
        {
            return test();
        }
        catch (ArgumentException e)
        {
            notes.Add($"{name}: {EngineMessage.Of(e)}");
            return null;
        }
    }
}
