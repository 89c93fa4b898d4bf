using System.CommandLine;
using MetaReview.Reporting.Plots.Prisma;

namespace MetaReview.Cli.Commands.Plot;

/// <summary><c>metareview plot prisma COUNTS.csv|COUNTS.json -o FILE</c>: the PRISMA 2020 flow diagram.</summary>
internal static class PrismaCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("COUNTS") { Description = "CSV (columns field, name, count) or JSON file with the counts of each box" };
        var footnote = new Option<string?>("--footnote") { Description = "A line printed under the diagram, e.g. the template's citation" };
        var output = new PlotOutputOptions();
        var command = new Command("prisma", "PRISMA 2020 flow diagram from the counts of each box.") { file, footnote };
        output.AddTo(command);
        command.SetAction(parsed =>
        {
            var target = output.Target(parsed, "prisma");
            var counts = PrismaCountsReader.Read(parsed.GetValue(file)!);
            foreach (var note in counts.Inconsistencies())
            {
                context.Error.WriteLine($"warning: {parsed.GetValue(file)}: {note}; the diagram shows the counts as given.");
            }

            if (parsed.GetValue(output.Height) is not null)
            {
                context.Error.WriteLine("note: --height is ignored: the flow diagram is as tall as its boxes.");
            }

            var defaults = new PrismaOptions();
            var options = new PrismaOptions
            {
                Width = parsed.GetValue(output.Width),
                FontSize = parsed.GetValue(output.FontSize) ?? defaults.FontSize,
                Title = parsed.GetValue(output.Title),
                Footnote = parsed.GetValue(footnote),
            };
            var scene = PlotOutputOptions.Draw("prisma", () => PrismaFlowDiagram.Create(counts, options));
            return output.Write(context, parsed, target, scene, "PRISMA 2020 flow diagram");
        });
        return command;
    }
}
