using System.Collections.Immutable;

namespace MetaReview.Records.Screening;

/// <summary>
/// Agreement of two reviewers at one stage, over the records both decided (their current decisions, before
/// any resolution): the table of decisions, percent agreement and Cohen's kappa.
/// </summary>
public sealed record ReviewerAgreement
{
    /// <summary>The stage.</summary>
    public required ScreeningStage Stage { get; init; }

    /// <summary>The first reviewer (rows of <see cref="Table"/>).</summary>
    public required string First { get; init; }

    /// <summary>The second reviewer (columns).</summary>
    public required string Second { get; init; }

    /// <summary>The decisions that occur, in the order of the table's rows and columns.</summary>
    public required ImmutableArray<ScreeningDecision> Categories { get; init; }

    /// <summary>Counts: Table[i][j] records the first reviewer decided Categories[i] and the second Categories[j].</summary>
    public required ImmutableArray<ImmutableArray<int>> Table { get; init; }

    /// <summary>Kappa and agreement.</summary>
    public required KappaResult Kappa { get; init; }

    /// <summary>Agreement of every pair of reviewers at a stage (pairs with no record in common left out).</summary>
    public static ImmutableArray<ReviewerAgreement> Compute(ScreeningState state, ScreeningStage stage)
    {
        ArgumentNullException.ThrowIfNull(state);
        var reviewers = state.Reviewers(stage);
        var result = ImmutableArray.CreateBuilder<ReviewerAgreement>();
        for (var a = 0; a < reviewers.Length; a++)
        {
            for (var b = a + 1; b < reviewers.Length; b++)
            {
                var pairs = new List<(ScreeningDecision A, ScreeningDecision B)>();
                foreach (var record in state.Records)
                {
                    var status = state.Status(record.Index, stage);
                    var first = status.Decisions.FirstOrDefault(d => d.Reviewer == reviewers[a]);
                    var second = status.Decisions.FirstOrDefault(d => d.Reviewer == reviewers[b]);
                    if (first is not null && second is not null)
                    {
                        pairs.Add((first.Decision, second.Decision));
                    }
                }

                if (pairs.Count > 0)
                {
                    result.Add(Of(stage, reviewers[a], reviewers[b], pairs));
                }
            }
        }

        return result.ToImmutable();
    }

    /// <summary>Agreement from pairs of decisions on the same records.</summary>
    public static ReviewerAgreement Of(ScreeningStage stage, string first, string second, IReadOnlyCollection<(ScreeningDecision A, ScreeningDecision B)> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var categories = pairs.SelectMany(p => new[] { p.A, p.B }).Distinct().Order().ToImmutableArray();
        var table = new int[categories.Length, categories.Length];
        foreach (var (a, b) in pairs)
        {
            table[categories.IndexOf(a), categories.IndexOf(b)]++;
        }

        return new ReviewerAgreement
        {
            Stage = stage,
            First = first,
            Second = second,
            Categories = categories,
            Table = [.. Enumerable.Range(0, categories.Length).Select(i => Enumerable.Range(0, categories.Length).Select(j => table[i, j]).ToImmutableArray())],
            Kappa = CohensKappa.Compute(table),
        };
    }
}
