namespace MetaReview.Reporting.Drawing.Axes;

/// <summary>
/// Maps data values in [<see cref="DomainMin"/>, <see cref="DomainMax"/>] to positions in points from
/// <see cref="RangeStart"/> to <see cref="RangeEnd"/> (which may run backwards), linearly or by log10.
/// </summary>
public sealed record Scale
{
    public Scale(ScaleKind kind, double domainMin, double domainMax, double rangeStart, double rangeEnd)
    {
        if (!double.IsFinite(domainMin) || !double.IsFinite(domainMax) || !(domainMin < domainMax))
        {
            throw new ArgumentOutOfRangeException(nameof(domainMin), $"a scale needs finite limits with min < max, got [{domainMin}, {domainMax}]");
        }

        if (kind == ScaleKind.Log && !(domainMin > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(domainMin), $"a log scale needs limits > 0 (ratios), got [{domainMin}, {domainMax}]");
        }

        if (!double.IsFinite(rangeStart) || !double.IsFinite(rangeEnd) || rangeStart == rangeEnd)
        {
            throw new ArgumentOutOfRangeException(nameof(rangeStart), $"a scale needs a drawing range of non-zero length, got {rangeStart} to {rangeEnd}");
        }

        Kind = kind;
        DomainMin = domainMin;
        DomainMax = domainMax;
        RangeStart = rangeStart;
        RangeEnd = rangeEnd;
    }

    public ScaleKind Kind { get; }

    public double DomainMin { get; }

    public double DomainMax { get; }

    public double RangeStart { get; }

    public double RangeEnd { get; }

    public static Scale Linear(double min, double max, double rangeStart, double rangeEnd) => new(ScaleKind.Linear, min, max, rangeStart, rangeEnd);

    public static Scale Log(double min, double max, double rangeStart, double rangeEnd) => new(ScaleKind.Log, min, max, rangeStart, rangeEnd);

    /// <summary>The position of a value; values outside the domain map outside the range (callers clip).</summary>
    public double Map(double value)
    {
        if (Kind == ScaleKind.Log && !(value > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "a log scale can only place values > 0");
        }

        var t = (Transform(value) - Transform(DomainMin)) / (Transform(DomainMax) - Transform(DomainMin));
        return RangeStart + t * (RangeEnd - RangeStart);
    }

    /// <summary>The value at a position (inverse of <see cref="Map"/>).</summary>
    public double Invert(double position)
    {
        var t = (position - RangeStart) / (RangeEnd - RangeStart);
        var u = Transform(DomainMin) + t * (Transform(DomainMax) - Transform(DomainMin));
        return Kind == ScaleKind.Log ? Math.Pow(10, u) : u;
    }

    public bool Contains(double value) => value >= DomainMin && value <= DomainMax;

    private double Transform(double v) => Kind == ScaleKind.Log ? Math.Log10(v) : v;
}
