using MetaReview.Statistics.Internal;
using MetaReview.Statistics.MetaRegression;

namespace MetaReview.Statistics.Models;

/// <summary>
/// The data a model is fitted to: effect sizes yᵢ, their known sampling variances vᵢ and the design
/// (an intercept, plus moderators for meta-regression). Holds its arrays without copying them, so the
/// caller must not change them afterwards.
/// </summary>
public sealed class ModelData
{
    private ModelData(LinearFit fit)
    {
        Fit = fit;
    }

    /// <summary>Number of studies.</summary>
    public int K => Fit.K;

    /// <summary>Number of model coefficients (1 for the intercept-only model).</summary>
    public int P => Fit.P;

    /// <summary>The effect sizes.</summary>
    public ReadOnlySpan<double> Yi => Fit.Yi;

    /// <summary>The sampling variances.</summary>
    public ReadOnlySpan<double> Vi => Fit.Vi;

    internal LinearFit Fit { get; }

    /// <summary>The intercept-only model for the given effect sizes and variances.</summary>
    /// <exception cref="ArgumentException">
    /// When the arrays differ in length, are empty, or hold a non-finite estimate or a variance that is not
    /// finite and &gt; 0.
    /// </exception>
    public static ModelData InterceptOnly(double[] yi, double[] vi)
    {
        Validate(yi, vi);
        return new ModelData(new InterceptOnlyFit(yi, vi));
    }

    /// <summary>
    /// The meta-regression model yᵢ = xᵢ'β + uᵢ + eᵢ for the given effect sizes, variances and design (metafor
    /// <c>rma(yi, vi, mods = ~ ...)</c>). Studies the design excludes for a missing moderator are left out.
    /// </summary>
    /// <param name="yi">Effect sizes, one per study of the design's moderator columns.</param>
    /// <param name="vi">Their sampling variances.</param>
    /// <param name="design">The design built by <see cref="DesignMatrix.Build(ModeratorFormula, IReadOnlyList{ModeratorColumn})"/>.</param>
    /// <exception cref="ArgumentException">
    /// As <see cref="InterceptOnly"/>, or when the number of studies differs from the design's.
    /// </exception>
    public static ModelData WithModerators(double[] yi, double[] vi, DesignMatrix design)
    {
        ArgumentNullException.ThrowIfNull(design);
        Validate(yi, vi);
        if (yi.Length != design.Studies)
        {
            throw new ArgumentException($"yi has {yi.Length} studies but the moderators have {design.Studies}; they must match.", nameof(yi));
        }

        var rows = design.IncludedRows;
        var y = rows.Length == yi.Length ? yi : [.. rows.Select(r => yi[r])];
        var v = rows.Length == vi.Length ? vi : [.. rows.Select(r => vi[r])];
        return new ModelData(new RegressionFit(y, v, design.Values, design.P));
    }

    internal static ModelData From(LinearFit fit) => new(fit);

    internal static void Validate(double[] yi, double[] vi)
    {
        ArgumentNullException.ThrowIfNull(yi);
        ArgumentNullException.ThrowIfNull(vi);
        if (yi.Length != vi.Length)
        {
            throw new ArgumentException($"yi has {yi.Length} values but vi has {vi.Length}; they must match.", nameof(vi));
        }

        if (yi.Length == 0)
        {
            throw new ArgumentException("At least one study is needed.", nameof(yi));
        }

        for (var i = 0; i < yi.Length; i++)
        {
            if (!double.IsFinite(yi[i]))
            {
                throw new ArgumentException($"yi[{i}] must be a finite number, got {yi[i]}.", nameof(yi));
            }

            if (!(vi[i] > 0) || !double.IsFinite(vi[i]))
            {
                throw new ArgumentException($"vi[{i}] must be a finite number > 0, got {vi[i]}.", nameof(vi));
            }
        }
    }
}
