using System.CommandLine;
using MetaReview.Reporting.Plots.Diagnostics;
using MetaReview.Statistics.Sensitivity;

namespace MetaReview.Cli.Commands.Plot;

/// <summary>
/// <c>metareview plot baujat DATA.csv [analysis options] -o FILE</c>: each study's contribution to the heterogeneity
/// against its influence on the pooled result (Baujat et al. 2002), from the engine's <see cref="Baujat"/>.
/// metafor: <c>baujat(res)</c>.
/// </summary>
internal static class BaujatCommand
{
    public static Command Create(CliContext context)
    {
        var input = new DiagnosticPlotInput("baujat", labelsByDefault: true);
        return input.Command(context, "Baujat plot: each study's contribution to the heterogeneity against its influence on the pooled result.", (_, analysis, options) =>
        {
            analysis.RequireStudies(2, "baujat", "a Baujat plot");
            analysis.RequireInverseVariance("baujat");
            var points = input.Engine(() => Baujat.Compute(analysis.Yi, analysis.Vi, analysis.Model));
            var studies = points.Select(p => new BaujatStudy(analysis.Labels[p.Study], p.X, p.Y)).ToList();
            return new DiagnosticDrawing(() => BaujatPlot.Create(studies, options), $"Baujat plot of {analysis.Studies}");
        });
    }
}
