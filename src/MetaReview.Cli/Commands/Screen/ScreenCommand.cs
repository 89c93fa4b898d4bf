using System.CommandLine;
using MetaReview.Cli.Commands.Records;
using MetaReview.Records.Prioritisation;
using MetaReview.Records.Screening;

namespace MetaReview.Cli.Commands.Screen;

/// <summary>
/// <c>metareview screen DIR --reviewer NAME [--stage S]</c>: screen a review folder's records in the terminal;
/// <c>--resolve</c>: decide the records reviewers disagree on; <c>--agreement</c>: percent agreement and
/// Cohen's kappa per stage; <c>metareview screen simulate FILE.csv</c>: replay a labelled dataset.
/// </summary>
internal static class ScreenCommand
{
    public static Command Create(CliContext context)
    {
        var directory = new Argument<string>("DIR") { Description = "The review folder" };
        var reviewer = new Option<string?>("--reviewer", "-r") { Description = "Your name or initials, written with each decision" };
        var stage = new Option<string?>("--stage", "-s") { Description = "title-abstract (the default) or full-text" };
        stage.AcceptOnlyFromAmong("title-abstract", "full-text");
        var resolve = new Option<bool>("--resolve") { Description = "Resolve the conflicts between reviewers (your decision overrides theirs)" };
        var agreement = new Option<bool>("--agreement") { Description = "Print percent agreement and Cohen's kappa between reviewers, per stage" };
        var model = new Option<string>("--model") { Description = "Prioritisation model: lr (logistic regression), nb (naive Bayes) or none (keyword, then import order)", DefaultValueFactory = _ => "lr" };
        model.AcceptOnlyFromAmong("lr", "nb", "none");
        var command = new Command("screen", "Screen a review folder's records (title/abstract or full text), resolve conflicts, or report agreement.")
        {
            directory, reviewer, stage, resolve, agreement, model,
        };
        command.Add(SimulateCommand.Create(context));
        command.SetAction(parsed =>
        {
            var dir = parsed.GetValue(directory)!;
            var stageText = parsed.GetValue(stage);
            var project = FolderInput.Load(context, dir, "screen");
            var rules = FolderInput.Rules(project, "screen");
            if (parsed.GetValue(agreement))
            {
                var stages = stageText is null ? [ScreeningStage.TitleAbstract, ScreeningStage.FullText] : new[] { ScreeningNames.Stage(stageText)!.Value };
                AgreementReport.Write(context.Out, project.Screening(rules), stages);
                return CliApp.Success;
            }

            var name = parsed.GetValue(reviewer);
            if (string.IsNullOrWhiteSpace(name))
            {
                throw new CliInputException("metareview screen: give your name or initials with --reviewer NAME; it is written with each decision.");
            }

            if (!Terminal.IsInteractive(context))
            {
                throw new CliInputException("metareview screen: screening needs an interactive terminal, and standard input or output is not one; "
                    + $"for reports use 'metareview screen {dir} --agreement' or 'metareview prisma {dir}'.");
            }

            var options = new ScreeningSessionOptions
            {
                Reviewer = name,
                Stage = ScreeningNames.Stage(stageText) ?? ScreeningStage.TitleAbstract,
                Resolve = parsed.GetValue(resolve),
                Rules = rules,
                Criteria = FolderInput.Criteria(context, dir),
                Keywords = FolderInput.Keywords(context, project),
                Prioritisation = Model(parsed.GetValue(model)),
            };
            var console = Terminal.Create();
            return new ScreenApp(console, console.Input, ScreeningSession.Open(project, options)).Run();
        });
        return command;
    }

    /// <summary>The prioritisation settings for a <c>--model</c> value.</summary>
    internal static PrioritiserOptions? Model(string? name) => name switch
    {
        "none" => null,
        "nb" => new PrioritiserOptions { Model = RelevanceModelKind.NaiveBayes },
        _ => PrioritiserOptions.Default,
    };
}
