namespace MetaReview.Reporting.Plots.Diagnostics;

/// <summary>
/// One study's outlier and influence diagnostics (Viechtbauer W, Cheung MWL. Outlier and influence diagnostics for
/// meta-analysis. Res Synth Methods 2010;1:112–25, doi:10.1002/jrsm.11). metafor: one row of <c>influence(res)$inf</c>.
/// </summary>
/// <param name="Label">The study's name.</param>
/// <param name="RStudent">Externally studentized residual (<c>rstudent</c>).</param>
/// <param name="Dffits">DFFITS (<c>dffits</c>).</param>
/// <param name="CookD">Cook's distance (<c>cook.d</c>), ≥ 0.</param>
/// <param name="CovR">Covariance ratio (<c>cov.r</c>), &gt; 0.</param>
/// <param name="Tau2Del">tau² of the model without the study (<c>tau2.del</c>; 0 for the fixed-effect model).</param>
/// <param name="QeDel">Cochran's Q without the study (<c>QE.del</c>).</param>
/// <param name="Hat">Hat value (<c>hat</c>), 0 to 1.</param>
/// <param name="WeightPercent">Weight in percent (<c>weight</c>).</param>
/// <param name="Influential">metafor's flag (<c>inf</c>): the study is drawn highlighted.</param>
public sealed record InfluenceRow(
    string Label,
    double RStudent,
    double Dffits,
    double CookD,
    double CovR,
    double Tau2Del,
    double QeDel,
    double Hat,
    double WeightPercent,
    bool Influential);
