using System.Text.RegularExpressions;
using MetaReview.Statistics.Conversions;

namespace MetaReview.Review.Project.Internal.Readers;

/// <summary>
/// Runs a data-entry conversion of the statistics engine. Its input rules are the engine's: an
/// <see cref="ArgumentException"/> becomes a located problem whose message names the review file's keys
/// (ci_lower, se, ...) instead of the engine's parameter names; the record is kept for the data notes and its
/// notes become warnings.
/// </summary>
internal static partial class ConversionRunner
{
    /// <summary>
    /// The result of <paramref name="convert"/>, or null after reporting its objection. <paramref name="keys"/> maps
    /// the engine's parameter names to the review file's keys where they differ; <paramref name="locate"/>, when
    /// given, finds the place of a parameter that is not a key of <paramref name="f"/>.
    /// </summary>
    public static T? Run<T>(Fields f, DataBuilder builder, string part, Func<T> convert, Func<T, ConversionRecord> record,
        IReadOnlyDictionary<string, string>? keys = null, string? suggestion = null, Func<string, ReviewLocation?>? locate = null)
        where T : class
    {
        T result;
        try
        {
            result = convert();
        }
        catch (ArgumentException e)
        {
            var message = Translate(ParameterSuffix().Replace(e.Message, ""), keys);
            var location = e.ParamName is not { } p ? f.Location
                : locate?.Invoke(p) ?? f.LocationOf(Key(p, keys));
            f.Context.Error(ReviewProblemCode.ConversionFailed, location,
                ReviewMessages.In(f.Where, ReviewMessages.ConversionFailed(message)), suggestion);
            return null;
        }

        var r = record(result);
        builder.Converted(part, r);
        foreach (var note in r.Notes)
        {
            f.Warning(ReviewProblemCode.ConversionNote, ReviewMessages.ConversionNote(r.Method, note));
        }

        return result;
    }

    private static string Key(string parameter, IReadOnlyDictionary<string, string>? keys) =>
        keys is not null && keys.TryGetValue(parameter, out var key) ? key : parameter;

    private static string Translate(string message, IReadOnlyDictionary<string, string>? keys)
    {
        if (keys is null)
        {
            return message;
        }

        foreach (var (parameter, key) in keys)
        {
            message = Regex.Replace(message, $@"\b{Regex.Escape(parameter)}\b", key);
        }

        return message;
    }

    /// <summary>" (Parameter 'ciLower')", which .NET appends to an ArgumentException's message.</summary>
    [GeneratedRegex(@"\s*\(Parameter '[^']*'\)$")]
    private static partial Regex ParameterSuffix();
}
