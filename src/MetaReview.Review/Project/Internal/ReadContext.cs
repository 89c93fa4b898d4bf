using System.Collections.Immutable;
using YamlDotNet.Core;

namespace MetaReview.Review.Project.Internal;

/// <summary>The file being read and the problems and warnings found so far.</summary>
internal sealed class ReadContext(string file, string directory)
{
    private readonly List<ReviewProblem> _problems = [];
    private readonly List<ReviewProblem> _warnings = [];

    /// <summary>The review file as the caller named it (used in every location).</summary>
    public string File { get; } = file;

    /// <summary>The project folder: paths in the review file are relative to it.</summary>
    public string Directory { get; } = directory;

    /// <summary>True when at least one error has been reported.</summary>
    public bool HasErrors => _problems.Count > 0;

    /// <summary>The number of errors so far (to tell whether a part of the file added any).</summary>
    public int ErrorCount => _problems.Count;

    public ReviewLocation At(Mark mark) => new(File, (int)mark.Line, (int)mark.Column);

    public void Error(ReviewProblemCode code, ReviewLocation location, string message, string? suggestion = null) =>
        _problems.Add(new ReviewProblem(code, location, message, suggestion));

    public void Warning(ReviewProblemCode code, ReviewLocation location, string message, string? suggestion = null) =>
        _warnings.Add(new ReviewProblem(code, location, message, suggestion));

    public ReviewLoadResult ToResult(ReviewProject? project) =>
        new(_problems.Count == 0 ? project : null, InFileOrder(_problems), InFileOrder(_warnings));

    private static ImmutableArray<ReviewProblem> InFileOrder(List<ReviewProblem> problems) =>
        [.. problems.Select((p, i) => (p, i)).OrderBy(x => x.p.Location.Line).ThenBy(x => x.p.Location.Column).ThenBy(x => x.i).Select(x => x.p)];
}
