using System.CommandLine;
using MetaReview.Review.Settings;
using MetaReview.Statistics.Analysis;

namespace MetaReview.Cli.Commands;

/// <summary>
/// The analysis options shared by the verbs that fit a model (analyze, plot): measure, model, method,
/// tau² estimator, test, level, preset and the finer conventions. Unset options come from the preset.
/// </summary>
internal sealed class AnalysisOptionSet
{
    public Option<string?> Measure { get; } = new("--measure") { Description = "Effect measure: MD, SMD, ROM, RR, OR, RD, PETO, IRR, COR, ZCOR, PR, PLO, PAS, PFT, GEN (inferred from the columns if omitted)" };

    public Option<string?> Model { get; } = new("--model") { Description = "fixed or random (preset default: random for metafor, fixed for revman5)" };

    public Option<string?> Method { get; } = new("--method") { Description = "Pooling method: IV, MH or Peto" };

    public Option<string?> Tau2 { get; } = new("--tau2") { Description = "tau² estimator: DL, REML, ML, PM, EB, HE, SJ, HS" };

    public Option<string?> Test { get; } = new("--test") { Description = "z (Wald) or knha (Hartung–Knapp–Sidik–Jonkman, t(k−1))" };

    public Option<string?> Level { get; } = new("--level") { Description = "Confidence level in percent (default 95)" };

    public Option<string?> Preset { get; } = new("--preset") { Description = "Convention for defaults: metafor (default) or revman5" };

    public Option<string?> PredictionInterval { get; } = new("--pi") { Description = "Prediction interval: standard (z or t(k−1) by test) or riley (t(k−2))" };

    public Option<string?> I2 { get; } = new("--i2") { Description = "I² and H² from tau2 (metafor) or q (RevMan 5)" };

    public Option<string?> Smd { get; } = new("--smd") { Description = "SMD variant: hedges (exact g), cohen (d) or revman (approximate g)" };

    public Option<string?> ZeroCells { get; } = new("--zero-cells") { Description = "Continuity correction for zero cells: only0 (default), all, if0all, none" };

    public Option<string?> Increment { get; } = new("--increment") { Description = "Value added to each cell by the continuity correction (default 0.5)" };

    public Option<bool> DropDoubleZero { get; } = new("--drop-double-zero") { Description = "Drop studies with no events in either arm" };

    public void AddTo(Command command)
    {
        foreach (var option in All())
        {
            command.Add(option);
        }

        command.Add(DropDoubleZero);
    }

    /// <summary>The settings given on the command line, or a <see cref="CliInputException"/> listing every problem.</summary>
    public AnalysisSettings Parse(ParseResult parsed)
    {
        var (settings, problems) = AnalysisSettingsParser.Parse(Values(parsed));
        if (problems.Count > 0)
        {
            throw new CliInputException(string.Join(Environment.NewLine, problems.Select(p => $"metareview: option {p}")));
        }

        return settings;
    }

    /// <summary>The options as settings keys and raw values (for batch lines, which may override them).</summary>
    public IReadOnlyList<KeyValuePair<string, string?>> Values(ParseResult parsed) =>
        new List<KeyValuePair<string, string?>>
        {
            new("measure", parsed.GetValue(Measure)),
            new("model", parsed.GetValue(Model)),
            new("method", parsed.GetValue(Method)),
            new("tau2", parsed.GetValue(Tau2)),
            new("test", parsed.GetValue(Test)),
            new("level", parsed.GetValue(Level)),
            new("preset", parsed.GetValue(Preset)),
            new("pi", parsed.GetValue(PredictionInterval)),
            new("i2", parsed.GetValue(I2)),
            new("smd", parsed.GetValue(Smd)),
            new("zero_cells", parsed.GetValue(ZeroCells)),
            new("increment", parsed.GetValue(Increment)),
            new("drop_double_zero", parsed.GetValue(DropDoubleZero) ? "true" : null),
        };

    private IEnumerable<Option<string?>> All() =>
        [Measure, Model, Method, Tau2, Test, Level, Preset, PredictionInterval, I2, Smd, ZeroCells, Increment];
}
