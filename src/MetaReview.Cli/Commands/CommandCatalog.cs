using System.CommandLine;
using MetaReview.Cli.Commands.Init;
using MetaReview.Cli.Commands.RevMan;
using MetaReview.Cli.Commands.Validate;

namespace MetaReview.Cli.Commands;

/// <summary>Every verb of the command line, one class each.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return
        [
            AnalyzeCommand.Create(context),
            Report.ReportCommand.Create(context),
            InitCommand.Create(context),
            ValidateCommand.Create(context),
            ImportRevManCommand.Create(context),
            CheckRevManCommand.Create(context),
            ExportRevManCommand.Create(context),
            Plot.PlotCommand.Create(context),
            Records.RecordsCommand.Create(context),
            Screen.ScreenCommand.Create(context),
            Prisma.PrismaCommand.Create(context),
        ];
    }
}
