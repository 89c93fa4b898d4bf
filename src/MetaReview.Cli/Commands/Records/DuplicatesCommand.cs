using System.CommandLine;
using System.Globalization;
using MetaReview.Cli.Commands.Screen;
using MetaReview.Records.Screening;

namespace MetaReview.Cli.Commands.Records;

/// <summary>
/// <c>metareview records duplicates DIR [--review] [--reviewer NAME] [--merges]</c>: what de-duplication did
/// (records, articles, duplicates removed) and the uncertain pairs a person must decide. With <c>--review</c>
/// in a terminal, the pairs are shown one by one to decide; when standard input is not a terminal, they are listed.
/// </summary>
internal static class DuplicatesCommand
{
    public static Command Create(CliContext context)
    {
        var directory = new Argument<string>("DIR") { Description = "The review folder" };
        var review = new Option<bool>("--review") { Description = "Decide the uncertain pairs one by one (in a terminal)" };
        var reviewer = new Option<string?>("--reviewer") { Description = "Your name or initials, stored with each decision" };
        var merges = new Option<bool>("--merges") { Description = "Also list every merge made, with its reason" };
        var command = new Command("duplicates", "Show the duplicates found in a review folder and decide the uncertain pairs.") { directory, review, reviewer, merges };
        command.SetAction(parsed =>
        {
            var dir = parsed.GetValue(directory)!;
            var project = FolderInput.Load(context, dir, "records duplicates");
            if (parsed.GetValue(review) && Terminal.IsInteractive(context))
            {
                var console = Terminal.Create();
                return new DuplicateReview(console, console.Input, project, parsed.GetValue(reviewer), () => DateTimeOffset.UtcNow).Run();
            }

            if (parsed.GetValue(review))
            {
                context.Error.WriteLine("note: standard input is not a terminal, so the pairs are listed; run the command in a terminal to decide them.");
            }

            List(context, project, dir, parsed.GetValue(merges));
            return CliApp.Success;
        });
        return command;
    }

    private static void List(CliContext context, RecordsProject project, string directory, bool merges)
    {
        var o = context.Out;
        var dedup = project.Deduplication;
        o.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{dedup.Records.Length:N0} records from {project.Imports.Length} import(s): {dedup.UniqueCount:N0} articles, {dedup.DuplicatesRemoved:N0} duplicates removed ({project.DuplicateDecisions.Length} reviewer decision(s) applied)."));
        if (merges)
        {
            foreach (var group in dedup.Groups.Where(g => g.HasDuplicates))
            {
                o.WriteLine($"{group.Records[0].Key}: {group.Merged.Title}");
                foreach (var link in group.Links)
                {
                    o.WriteLine($"  + {dedup.Records[link.Second].Key} ({dedup.Records[link.First].Key}): {link.Reason}");
                }
            }
        }

        var pairs = project.UndecidedPairs.ToList();
        if (pairs.Count == 0)
        {
            o.WriteLine("No uncertain pairs are left to decide.");
            return;
        }

        o.WriteLine($"{pairs.Count} uncertain pair(s) to decide (kept apart until decided):");
        for (var i = 0; i < pairs.Count; i++)
        {
            var pair = pairs[i];
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{i + 1}. {pair.Id} (score {pair.Score:0.00}): {pair.Reason}"));
            foreach (var record in new[] { dedup.Records[pair.First], dedup.Records[pair.Second] })
            {
                o.WriteLine($"   {record.Key}: {record.ShortLabel}, {record.Title}");
            }
        }

        o.WriteLine($"Decide them with 'metareview records duplicates {directory} --review' in a terminal.");
    }
}
