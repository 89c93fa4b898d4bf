using System.CommandLine;

namespace MetaReview.Cli.Commands.Analyze;

/// <summary>
/// The options of <c>metareview analyze</c> that bring in study-level columns: a subgroup analysis
/// (<c>--subgroup</c>, <c>--subgroup-tau2</c>) and a meta-regression (<c>--mods</c>, <c>--btt</c>, <c>--predict</c>,
/// <c>--permutations</c>, <c>--seed</c>).
/// </summary>
internal sealed class ModeratorOptionSet
{
    public Option<string?> Subgroup { get; } = new("--subgroup") { Description = "Subgroup analysis by this column of the data file (one model per value, tests for subgroup differences)" };

    public Option<string?> SubgroupTau2 { get; } = new("--subgroup-tau2") { Description = "tau² within subgroups: separate (default; RevMan) or common (one residual tau², R meta's tau.common)" };

    public Option<string?> Mods { get; } = new("--mods") { Description = "Meta-regression on columns of the data file, e.g. \"ablat + year + factor(alloc)\"" };

    public Option<string[]> Btt { get; } = new("--btt")
    {
        Description = "Test these coefficients together (repeatable): names, terms or columns (\"factor(alloc)\", \"alloc\") or 1-based positions (\"2:3\"), comma-separated",
        AllowMultipleArgumentsPerToken = false,
    };

    public Option<string[]> Predict { get; } = new("--predict")
    {
        Description = "Predicted effect at moderator values (repeatable), e.g. \"ablat=40,year=1970\" or \"alloc=random\"",
        AllowMultipleArgumentsPerToken = false,
    };

    public Option<string?> Permutations { get; } = new("--permutations") { Description = "Permutation test of the moderators with N permutations (exact when there are no more distinct ones)" };

    public Option<string?> Seed { get; } = new("--seed") { Description = "Seed of the random permutations (default: drawn and reported)" };

    public void AddTo(Command command)
    {
        command.Add(Subgroup);
        command.Add(SubgroupTau2);
        command.Add(Mods);
        command.Add(Btt);
        command.Add(Predict);
        command.Add(Permutations);
        command.Add(Seed);
    }

    /// <summary>The request on the command line, checked for options that need another; a <see cref="CliInputException"/> lists every problem.</summary>
    /// <param name="parsed">The parsed command line.</param>
    /// <param name="seedUsedElsewhere">True when another option (<c>--gosh</c>) also takes <c>--seed</c>.</param>
    public ModeratorRequest Parse(ParseResult parsed, bool seedUsedElsewhere = false)
    {
        var problems = new List<string>();
        var subgroup = Given(parsed.GetValue(Subgroup), "--subgroup needs a column name", problems);
        var mods = Given(parsed.GetValue(Mods), "--mods needs a formula, e.g. \"ablat + year\"", problems);
        var btt = parsed.GetValue(Btt) ?? [];
        var predict = parsed.GetValue(Predict) ?? [];

        var tau2 = Statistics.Subgroups.SubgroupTau2.Separate;
        if (parsed.GetValue(SubgroupTau2) is { } tau2Text)
        {
            switch (tau2Text.Trim().ToLowerInvariant())
            {
                case "separate":
                    break;
                case "common":
                    tau2 = Statistics.Subgroups.SubgroupTau2.Common;
                    break;
                default:
                    problems.Add($"--subgroup-tau2: unknown value '{tau2Text}' (expected separate or common)");
                    break;
            }

            if (subgroup is null)
            {
                problems.Add("--subgroup-tau2 needs --subgroup COLUMN");
            }
        }

        int? permutations = null;
        if (parsed.GetValue(Permutations) is { } permutationText)
        {
            if (int.TryParse(permutationText, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var n) && n >= 2)
            {
                permutations = n;
            }
            else
            {
                problems.Add($"--permutations must be a whole number of at least 2, got '{permutationText}'");
            }
        }

        int? seed = null;
        if (parsed.GetValue(Seed) is { } seedText)
        {
            if (int.TryParse(seedText, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var s))
            {
                seed = s;
            }
            else
            {
                problems.Add($"--seed must be a whole number, got '{seedText}'");
            }

            if (parsed.GetValue(Permutations) is null && !seedUsedElsewhere)
            {
                problems.Add("--seed needs --permutations N or --gosh FILE.csv");
            }
        }

        if (mods is null)
        {
            foreach (var (given, name) in new[] { (btt.Length > 0, "--btt"), (predict.Length > 0, "--predict"), (parsed.GetValue(Permutations) is not null, "--permutations") })
            {
                if (given)
                {
                    problems.Add($"{name} needs a meta-regression: add --mods \"FORMULA\"");
                }
            }
        }

        if (problems.Count > 0)
        {
            throw new CliInputException(string.Join(Environment.NewLine, problems.Select(p => $"metareview: option {p}")));
        }

        return new ModeratorRequest
        {
            Subgroup = subgroup,
            SubgroupTau2 = tau2,
            Formula = mods,
            Btt = [.. btt],
            Predict = [.. predict],
            Permutations = permutations,
            Seed = seed,
        };
    }

    /// <summary>The option's value trimmed; null when not given; a problem when given blank.</summary>
    private static string? Given(string? text, string problem, List<string> problems)
    {
        if (text is null)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            problems.Add(problem);
            return null;
        }

        return text.Trim();
    }
}
