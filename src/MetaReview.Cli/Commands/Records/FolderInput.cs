using System.Collections.Immutable;
using MetaReview.Records.Screening;
using MetaReview.Review.Project;
using RecordsCriterion = MetaReview.Records.Screening.EligibilityCriterion;

namespace MetaReview.Cli.Commands.Records;

/// <summary>
/// Reads a review folder for the records, screen and prisma verbs: the records project, its screening rules
/// and keywords, and the eligibility criteria (from <c>review.yaml</c> when it lists any, else from
/// <c>DIR/screening/criteria.txt</c>). Problems that lose nothing are printed as warnings; anything that makes
/// the folder untrustworthy ends the command with exit code 2.
/// </summary>
internal static class FolderInput
{
    /// <summary>Loads the folder; an export copy missing or changed is an error.</summary>
    /// <param name="context">Where warnings go.</param>
    /// <param name="directory">The review folder.</param>
    /// <param name="verb">The command, for messages ("screen").</param>
    /// <param name="requireImports">True when a folder without imports is an error.</param>
    public static RecordsProject Load(CliContext context, string directory, string verb, bool requireImports = true)
    {
        if (!Directory.Exists(directory))
        {
            throw new CliInputException($"metareview {verb}: review folder '{directory}' not found.");
        }

        var project = RecordsProject.Load(directory);
        foreach (var problem in project.Problems)
        {
            context.Error.WriteLine(problem.ToString());
        }

        foreach (var warning in project.Warnings)
        {
            context.Error.WriteLine($"warning: {warning}");
        }

        if (!project.Errors.IsEmpty)
        {
            throw new CliInputException(string.Join(Environment.NewLine, [.. project.Errors, $"metareview {verb}: {project.Errors.Length} problem(s) in '{directory}'; nothing was done."]));
        }

        if (requireImports && project.Imports.IsEmpty)
        {
            throw new CliInputException($"metareview {verb}: '{directory}' has no imported records; import search exports first: metareview records import {directory} FILE...");
        }

        return project;
    }

    /// <summary>The screening rules of <c>DIR/screening/settings.txt</c>; a bad line is an error.</summary>
    public static ScreeningRules Rules(RecordsProject project, string verb)
    {
        var path = project.Folder.Settings;
        var (rules, problems) = ScreeningRules.Read(path);
        if (!problems.IsEmpty)
        {
            throw new CliInputException(string.Join(Environment.NewLine, [.. problems.Select(p => Path.Combine(project.Folder.ScreeningDirectory, p)), $"metareview {verb}: fix {path}; nothing was done."]));
        }

        return rules;
    }

    /// <summary>The keywords of <c>DIR/screening/keywords.txt</c>; bad lines are warnings.</summary>
    public static ScreeningKeywords Keywords(CliContext context, RecordsProject project)
    {
        var (keywords, problems) = ScreeningKeywords.Read(project.Folder.Keywords);
        foreach (var problem in problems)
        {
            context.Error.WriteLine($"warning: {Path.Combine(project.Folder.ScreeningDirectory, problem)} (line ignored)");
        }

        return keywords;
    }

    /// <summary>
    /// The eligibility criteria: <c>review.yaml</c>'s (id, text, reason) when the file exists, loads and lists
    /// any; otherwise those of <c>DIR/screening/criteria.txt</c>; otherwise none (reasons are then free ids).
    /// A review file that does not load is a warning, not an error, so that screening is not held up by a
    /// problem elsewhere in it.
    /// </summary>
    public static ImmutableArray<RecordsCriterion> Criteria(CliContext context, string directory)
    {
        if (File.Exists(Path.Combine(directory, ReviewProjectLoader.FileName)))
        {
            var loaded = ReviewProjectLoader.Load(directory);
            if (loaded.Project is { Eligibility.IsEmpty: false } review)
            {
                return [.. review.Eligibility.Select(c => new RecordsCriterion(c.Id, c.Text, c.Reason))];
            }

            if (loaded.Project is null)
            {
                var first = loaded.Problems.FirstOrDefault();
                context.Error.WriteLine($"warning: {Path.Combine(directory, ReviewProjectLoader.FileName)} has {loaded.Problems.Length} problem(s) (first: {first}); its eligibility criteria are not used until it loads.");
            }
        }

        var folder = new ReviewFolder(directory);
        var (criteria, problems) = EligibilityCriteria.Read(folder.Criteria);
        foreach (var problem in problems)
        {
            context.Error.WriteLine($"warning: {Path.Combine(folder.ScreeningDirectory, problem)} (line ignored)");
        }

        return criteria;
    }
}
