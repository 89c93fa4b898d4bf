using System.Globalization;
using MetaReview.Records.Screening;

namespace MetaReview.Cli.Commands.Screen;

/// <summary>
/// Agreement between reviewers per stage, as text: for each pair of reviewers, the records both decided,
/// percent agreement, Cohen's kappa with the chance agreement it corrects for, and the table of decisions;
/// then the conflicts still unresolved.
/// </summary>
internal static class AgreementReport
{
    public static void Write(TextWriter o, ScreeningState state, IEnumerable<ScreeningStage> stages)
    {
        foreach (var stage in stages)
        {
            var name = stage == ScreeningStage.TitleAbstract ? "Title/abstract" : "Full text";
            var pairs = ReviewerAgreement.Compute(state, stage);
            var reviewers = state.Reviewers(stage);
            o.WriteLine($"{name}: {reviewers.Length} reviewer(s){(reviewers.IsEmpty ? "" : " (" + string.Join(", ", reviewers) + ")")}");
            if (pairs.IsEmpty)
            {
                o.WriteLine("  No record has been decided by two reviewers.");
            }

            foreach (var pair in pairs)
            {
                var k = pair.Kappa;
                var kappa = double.IsNaN(k.Kappa) ? "undefined (one category only)" : k.Kappa.ToString("0.000", CultureInfo.InvariantCulture);
                o.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {pair.First} × {pair.Second}: {k.N:N0} record(s) decided by both; agreement {k.PercentAgreement:0.0}%, Cohen's kappa {kappa} (chance agreement {k.ExpectedAgreement * 100:0.0}%)"));
                var labels = pair.Categories.Select(ScreeningNames.Of).ToList();
                var corner = $"{pair.First} \\ {pair.Second}";
                var width = Math.Max(corner.Length, labels.Max(l => l.Length)) + 2;
                o.WriteLine("    " + corner.PadRight(width) + string.Concat(labels.Select(l => l.PadLeft(15))));
                for (var i = 0; i < labels.Count; i++)
                {
                    o.WriteLine("    " + labels[i].PadRight(width) + string.Concat(pair.Table[i].Select(n => n.ToString("N0", CultureInfo.InvariantCulture).PadLeft(15))));
                }
            }

            var conflicts = state.Conflicts(stage).Count();
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  Unresolved conflicts: {conflicts:N0}"));
        }
    }
}
