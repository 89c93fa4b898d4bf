namespace MetaReview.Records.Prioritisation;

/// <summary>Model settings for prioritisation.</summary>
public sealed record PrioritiserOptions
{
    /// <summary>The defaults: logistic regression, C = 1.</summary>
    public static PrioritiserOptions Default { get; } = new();

    /// <summary>The classifier. Default logistic regression.</summary>
    public RelevanceModelKind Model { get; init; } = RelevanceModelKind.Logistic;

    /// <summary>
    /// Inverse L2 penalty of logistic regression (scikit-learn's C): the objective is
    /// C · Σ cᵢ log(1 + exp(−yᵢ(w·xᵢ + b))) + ½‖w‖², with class weights cᵢ = n / (2 n_class). Default 1.
    /// </summary>
    public double C { get; init; } = 1.0;

    /// <summary>Additive (Laplace/Lidstone) smoothing of naive Bayes. Default 3.822, ASReview's value.</summary>
    public double Alpha { get; init; } = 3.822;

    /// <summary>Logistic regression stops when ‖∇f‖ ≤ this × ‖∇f(0)‖. Default 1e-4.</summary>
    public double Tolerance { get; init; } = 1e-4;

    /// <summary>Logistic regression stops after this many L-BFGS iterations. Default 200.</summary>
    public int MaxIterations { get; init; } = 200;
}
