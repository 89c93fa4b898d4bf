using System.CommandLine;

namespace MetaReview.Cli.Commands.Plot;

/// <summary>
/// <c>metareview plot forest|funnel|baujat|radial|labbe|bubble|gosh|influence|rob|prisma ...</c>: draws one figure and
/// writes it as SVG, PDF or PNG (by the extension of <c>-o</c>).
/// </summary>
internal static class PlotCommand
{
    public static Command Create(CliContext context) =>
        new("plot", "Draw a figure (forest, funnel, diagnostics, risk of bias, PRISMA) as SVG, PDF or PNG.")
        {
            ForestCommand.Create(context),
            FunnelCommand.Create(context),
            BaujatCommand.Create(context),
            RadialCommand.Create(context),
            LabbeCommand.Create(context),
            BubbleCommand.Create(context),
            GoshCommand.Create(context),
            InfluenceCommand.Create(context),
            RobCommand.Create(context),
            PrismaCommand.Create(context),
        };
}
