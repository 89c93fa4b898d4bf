namespace MetaReview.Statistics.Conversions;

/// <summary>One named number that went into, or came out of, a data-entry conversion.</summary>
/// <param name="Name">
/// The quantity, in the input-file vocabulary (<c>n</c>, <c>mean</c>, <c>sd</c>, <c>se</c>, <c>ci_lower</c>,
/// <c>ci_upper</c>, <c>median</c>, <c>q1</c>, <c>q3</c>, <c>min</c>, <c>max</c>, <c>p</c>, <c>r</c>, <c>icc</c>, ...).
/// </param>
/// <param name="Value">The value at full precision (the description rounds it for reading).</param>
public sealed record ConversionValue(string Name, double Value);
