using System.Collections.Immutable;

namespace MetaReview.Review.Input.Internal;

/// <summary>Collects the errors, warnings and notes of one read, in the order they are found.</summary>
internal sealed class ProblemCollector
{
    private readonly List<InputProblem> _errors = [];
    private readonly List<InputProblem> _warnings = [];
    private readonly List<string> _notes = [];

    public int ErrorCount => _errors.Count;

    public void Error(InputProblem problem) => _errors.Add(problem);

    public void Warning(InputProblem problem) => _warnings.Add(problem);

    public void Note(string note) => _notes.Add(note);

    public AnalysisDataReadResult ToResult(AnalysisDataset? dataset)
    {
        // Errors sorted by place so that a reader of the list walks down the file once; the sort is
        // stable, so problems of one line keep the column order they were found in.
        var errors = _errors.OrderBy(p => p.Location.Line ?? 0).ToImmutableArray();
        var warnings = _warnings.OrderBy(p => p.Location.Line ?? 0).ToImmutableArray();
        return new AnalysisDataReadResult(errors.IsEmpty ? dataset : null, errors, warnings, [.. _notes]);
    }
}
