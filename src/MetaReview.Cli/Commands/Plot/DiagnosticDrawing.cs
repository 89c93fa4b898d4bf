using MetaReview.Reporting.Drawing;

namespace MetaReview.Cli.Commands.Plot;

/// <summary>What a diagnostic plot verb draws: the figure, what the success line calls it, and what to write after it.</summary>
/// <param name="Draw">Lays out the figure (argument errors become input errors).</param>
/// <param name="What">e.g. "Baujat plot of 13 studies".</param>
internal sealed record DiagnosticDrawing(Func<Scene> Draw, string What)
{
    /// <summary>Runs once the figure is written (GOSH writes its CSV then); null for nothing.</summary>
    public Action? Then { get; init; }
}
