using MetaReview.Review.Project.Internal;
using MetaReview.Review.Project.Internal.Readers;
using MetaReview.Review.Project.Internal.Yaml;

namespace MetaReview.Review.Project;

/// <summary>
/// Loads a review project (a folder with <c>review.yaml</c>, docs/review-file.md) into a
/// <see cref="ReviewProject"/>, or says everything that is wrong with it. Bad input never throws: every
/// problem of the whole file is returned, located to file, line and column, with a suggestion where one
/// makes sense ("did you mean 'outcomes'?"). Study data are checked by the engine's own rules
/// (<c>StudyDataChecks</c>), values given in reported form are converted by the engine's conversions (each
/// <c>ConversionRecord</c> kept for the data notes), and each outcome's analysis plan is resolved as
/// <c>MetaAnalysis.Run</c> will resolve it.
/// </summary>
public static class ReviewProjectLoader
{
    /// <summary>The name of the review file in a project folder.</summary>
    public const string FileName = "review.yaml";

    /// <summary>
    /// Loads <c>review.yaml</c> from <paramref name="directory"/>. A missing folder or file is reported as a
    /// problem, not thrown; paths in the file (record files) are relative to the folder.
    /// </summary>
    /// <param name="directory">The project folder; locations name the file as this folder joined with <c>review.yaml</c>.</param>
    public static ReviewLoadResult Load(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        var file = Path.Combine(directory, FileName);
        var context = new ReadContext(file, directory);
        var start = new ReviewLocation(file, 1, 1);
        if (!Directory.Exists(directory))
        {
            context.Error(ReviewProblemCode.FileNotFound, new ReviewLocation(directory, 1, 1), ReviewMessages.NoFolder(directory));
            return context.ToResult(null);
        }

        if (!File.Exists(file))
        {
            context.Error(ReviewProblemCode.FileNotFound, start, ReviewMessages.NoReviewFile(directory), ReviewMessages.InitSuggestion);
            return context.ToResult(null);
        }

        string text;
        try
        {
            text = File.ReadAllText(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            context.Error(ReviewProblemCode.FileUnreadable, start, ReviewMessages.Unreadable(e.Message));
            return context.ToResult(null);
        }

        return Read(text, context);
    }

    /// <summary>Reads review-file text held in memory (tests, an editor's buffer).</summary>
    /// <param name="text">The YAML text.</param>
    /// <param name="file">The name locations give the file, e.g. "review.yaml".</param>
    /// <param name="directory">The folder relative paths in the file are resolved against.</param>
    public static ReviewLoadResult Parse(string text, string file, string directory)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(directory);
        return Read(text, new ReadContext(file, directory));
    }

    private static ReviewLoadResult Read(string text, ReadContext context)
    {
        var root = YamlTreeReader.Read(text, context);
        if (root is null)
        {
            if (!context.HasErrors)
            {
                context.Error(ReviewProblemCode.MissingField, new ReviewLocation(context.File, 1, 1), ReviewMessages.EmptyFile, ReviewMessages.InitSuggestion);
            }

            return context.ToResult(null);
        }

        return context.ToResult(ProjectReader.Read(root, context));
    }
}
