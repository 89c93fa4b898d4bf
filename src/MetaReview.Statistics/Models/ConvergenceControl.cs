namespace MetaReview.Statistics.Models;

/// <summary>Convergence settings for the iterative tau² estimators (REML, ML, PM, EB).</summary>
/// <param name="Tolerance">Stop when the absolute change in tau² is below this (default 1e-10).</param>
/// <param name="MaxIterations">Fisher-scoring iterations before the bracketing fallback takes over.</param>
public sealed record ConvergenceControl(double Tolerance = 1e-10, int MaxIterations = 100)
{
    /// <summary>The default: change in tau² &lt; 1e-10, at most 100 scoring steps.</summary>
    public static ConvergenceControl Default { get; } = new();
}
