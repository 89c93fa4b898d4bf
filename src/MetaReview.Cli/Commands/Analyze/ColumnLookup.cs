using MetaReview.Review.Input;

namespace MetaReview.Cli.Commands.Analyze;

/// <summary>Finds a study-level column named on the command line, or says which columns there are and which one was probably meant.</summary>
internal static class ColumnLookup
{
    /// <summary>The column (matched ignoring case), or a <see cref="CliInputException"/> naming the option, the column and the columns available.</summary>
    public static ExtraColumn Find(AnalysisDataset dataset, string name, string option)
    {
        if (dataset.FindExtraColumn(name) is { } column)
        {
            return column;
        }

        var file = Path.GetFileName(dataset.Source);
        var message = $"metareview: {option}: there is no column '{name}' in '{file}'";
        if (dataset.SuggestExtraColumn(name) is { } suggestion)
        {
            message += $"; did you mean '{suggestion}'?";
        }
        else
        {
            message += ".";
        }

        message += dataset.ExtraColumns.IsEmpty
            ? " The file has no columns besides the analysis data."
            : $" Columns that can be used: {string.Join(", ", dataset.ExtraColumns.Select(c => c.Name))}.";
        throw new CliInputException(message);
    }
}
