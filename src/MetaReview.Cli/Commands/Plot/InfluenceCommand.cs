using System.CommandLine;
using MetaReview.Reporting.Plots.Diagnostics;
using MetaReview.Statistics.Sensitivity;

namespace MetaReview.Cli.Commands.Plot;

/// <summary>
/// <c>metareview plot influence DATA.csv [analysis options] -o FILE</c>: the influence panel (Viechtbauer and Cheung
/// 2010) of the engine's <see cref="Influence"/> diagnostics, influential studies highlighted. metafor:
/// <c>plot(influence(res))</c>.
/// </summary>
internal static class InfluenceCommand
{
    public static Command Create(CliContext context)
    {
        var input = new DiagnosticPlotInput("influence", labelsByDefault: null);
        return input.Command(context, "Influence panel: studentized residuals, DFFITS, Cook's distance, covariance ratio, tau² and Q without each study, hat values, weights.", (_, analysis, options) =>
        {
            analysis.RequireStudies(2, "influence", "an influence panel");
            analysis.RequireInverseVariance("influence");
            var influence = input.Engine(() => Influence.Compute(analysis.Yi, analysis.Vi, analysis.Model));
            DiagnosticPlotInput.Notes(context, influence.Warnings);
            var full = analysis.Result.Model;
            var rows = influence.Studies.Select(s => new InfluenceRow(
                analysis.Labels[s.Study], s.RStudent, s.Dffits, s.CookD, s.CovR, s.Tau2Del, s.QeDel, s.Hat, s.WeightPercent, s.Influential));
            var data = new InfluenceInput([.. rows], full.Tau2, full.Q, influence.P);
            var flagged = influence.Studies.Where(s => s.Influential).Select(s => $"'{analysis.Labels[s.Study]}'").ToList();
            context.Error.WriteLine(flagged.Count == 0
                ? "note: no study is influential by metafor's criteria."
                : $"note: influential by metafor's criteria: {string.Join(", ", flagged)}.");
            return new DiagnosticDrawing(() => InfluencePanel.Create(data, options), $"influence panel of {analysis.Studies}");
        });
    }
}
