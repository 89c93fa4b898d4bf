using System.CommandLine;
using System.Globalization;
using MetaReview.Statistics.SmallStudy;

namespace MetaReview.Cli.Commands.Analyze;

/// <summary>
/// The options of <c>metareview analyze</c> for sensitivity analyses (<c>--leave-one-out</c>, <c>--cumulative [COLUMN]</c>,
/// <c>--influence</c>, <c>--baujat</c>, <c>--gosh FILE.csv</c> with <c>--subsets</c>, <c>--restrict COLUMN=VALUE</c>) and
/// small-study effects (<c>--bias</c> with <c>--trimfill-side</c>, <c>--trimfill-estimator</c>, <c>--fsn-target</c>).
/// </summary>
internal sealed class SensitivityOptionSet
{
    public Option<bool> LeaveOneOut { get; } = new("--leave-one-out") { Description = "Leave-one-out analysis: the model refitted without each study in turn" };

    public Option<string?> Cumulative { get; } = new("--cumulative")
    {
        Description = "Cumulative meta-analysis in data order, or in ascending order of a numeric column (e.g. --cumulative=year)",
        Arity = ArgumentArity.ZeroOrOne,
    };

    public Option<bool> Influence { get; } = new("--influence") { Description = "Influence diagnostics per study (rstudent, DFFITS, Cook's distance, covariance ratio, hat, DFBETAS)" };

    public Option<bool> Baujat { get; } = new("--baujat") { Description = "Baujat coordinates per study (contribution to heterogeneity, influence on the estimate)" };

    public Option<bool> Bias { get; } = new("--bias") { Description = "All tests for small-study effects: Egger (both), Begg, trim-and-fill, fail-safe N, Peters and Harbord (OR), PET-PEESE" };

    public Option<string?> TrimFillSide { get; } = new("--trimfill-side") { Description = "Side of the missing studies for trim-and-fill: left or right (default: chosen as metafor does)" };

    public Option<string?> TrimFillEstimator { get; } = new("--trimfill-estimator") { Description = "Trim-and-fill estimator of the number of missing studies: L0 (default) or R0" };

    public Option<string?> FsnTarget { get; } = new("--fsn-target") { Description = "Orwin's target average effect on the analysis scale, e.g. -0.0513 for log(0.95) (default: half the observed average)" };

    public Option<string?> Gosh { get; } = new("--gosh") { Description = "GOSH: fit the model to every subset of studies (a random sample beyond k = 20) and write them to this CSV file" };

    public Option<string?> Subsets { get; } = new("--subsets") { Description = "Number of GOSH subsets (all of them when there are no more)" };

    public Option<string?> Restrict { get; } = new("--restrict") { Description = "Sensitivity analysis restricted to the studies with COLUMN=VALUE (e.g. rob=low), beside all studies" };

    public void AddTo(Command command)
    {
        command.Add(LeaveOneOut);
        command.Add(Cumulative);
        command.Add(Influence);
        command.Add(Baujat);
        command.Add(Bias);
        command.Add(TrimFillSide);
        command.Add(TrimFillEstimator);
        command.Add(FsnTarget);
        command.Add(Gosh);
        command.Add(Subsets);
        command.Add(Restrict);
    }

    /// <summary>The request on the command line; a <see cref="CliInputException"/> lists every problem.</summary>
    public SensitivityRequest Parse(ParseResult parsed)
    {
        var problems = new List<string>();
        var bias = parsed.GetValue(Bias);

        FunnelSide? side = null;
        if (parsed.GetValue(TrimFillSide) is { } sideText)
        {
            side = sideText.Trim().ToLowerInvariant() switch
            {
                "left" => FunnelSide.Left,
                "right" => FunnelSide.Right,
                _ => Add<FunnelSide?>(problems, $"--trimfill-side: unknown value '{sideText}' (expected left or right)"),
            };
            Needs(bias, "--trimfill-side", problems);
        }

        var estimator = TrimAndFillEstimator.L0;
        if (parsed.GetValue(TrimFillEstimator) is { } estimatorText)
        {
            estimator = estimatorText.Trim().ToUpperInvariant() switch
            {
                "L0" => TrimAndFillEstimator.L0,
                "R0" => TrimAndFillEstimator.R0,
                _ => Add(problems, $"--trimfill-estimator: unknown value '{estimatorText}' (expected L0 or R0)", TrimAndFillEstimator.L0),
            };
            Needs(bias, "--trimfill-estimator", problems);
        }

        double? target = null;
        if (parsed.GetValue(FsnTarget) is { } targetText)
        {
            if (double.TryParse(targetText.Replace('\u2212', '-'), NumberStyles.Float, CultureInfo.InvariantCulture, out var t) && double.IsFinite(t))
            {
                target = t;
            }
            else
            {
                problems.Add($"--fsn-target must be a number on the analysis scale, got '{targetText}'");
            }

            Needs(bias, "--fsn-target", problems);
        }

        var gosh = parsed.GetValue(Gosh);
        if (gosh is not null && string.IsNullOrWhiteSpace(gosh))
        {
            problems.Add("--gosh needs a CSV file to write the subsets to");
            gosh = null;
        }

        long? subsets = null;
        if (parsed.GetValue(Subsets) is { } subsetsText)
        {
            if (long.TryParse(subsetsText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= 1)
            {
                subsets = n;
            }
            else
            {
                problems.Add($"--subsets must be a whole number of at least 1, got '{subsetsText}'");
            }

            if (parsed.GetValue(Gosh) is null)
            {
                problems.Add("--subsets needs --gosh FILE.csv");
            }
        }

        (string, string)? restrict = null;
        if (parsed.GetValue(Restrict) is { } restrictText)
        {
            var equals = restrictText.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0 || equals == restrictText.Length - 1 || string.IsNullOrWhiteSpace(restrictText[(equals + 1)..]))
            {
                problems.Add($"--restrict: write COLUMN=VALUE, e.g. rob=low; got '{restrictText}'");
            }
            else
            {
                restrict = (restrictText[..equals].Trim(), restrictText[(equals + 1)..].Trim());
            }
        }

        if (problems.Count > 0)
        {
            throw new CliInputException(string.Join(Environment.NewLine, problems.Select(p => $"metareview: option {p}")));
        }

        var cumulative = parsed.GetResult(Cumulative) is not null;
        var column = parsed.GetValue(Cumulative);
        return new SensitivityRequest
        {
            LeaveOneOut = parsed.GetValue(LeaveOneOut),
            Cumulative = cumulative,
            CumulativeColumn = string.IsNullOrWhiteSpace(column) ? null : column.Trim(),
            Influence = parsed.GetValue(Influence),
            Baujat = parsed.GetValue(Baujat),
            Bias = bias,
            TrimFillSide = side,
            TrimFillEstimator = estimator,
            FsnTarget = target,
            GoshFile = gosh,
            GoshSubsets = subsets,
            Restrict = restrict,
        };
    }

    private static void Needs(bool bias, string option, List<string> problems)
    {
        if (!bias)
        {
            problems.Add($"{option} needs --bias");
        }
    }

    private static T Add<T>(List<string> problems, string problem, T value = default!)
    {
        problems.Add(problem);
        return value;
    }
}
