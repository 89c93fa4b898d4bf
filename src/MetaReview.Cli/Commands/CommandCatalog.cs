using System.CommandLine;

namespace MetaReview.Cli.Commands;

/// <summary>Every verb of the command line, one class each.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return [AnalyzeCommand.Create(context), Records.RecordsCommand.Create(context), Screen.ScreenCommand.Create(context), Prisma.PrismaCommand.Create(context)];
    }
}
