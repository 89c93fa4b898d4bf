using MetaReview.Reporting.Plots.RiskOfBias;
using static MetaReview.Reporting.Plots.RiskOfBias.Judgement;

namespace MetaReview.Reporting.Tests.Plots.RiskOfBias;

/// <summary>Risk-of-bias tables of published reviews (and robvis's example data), each with its source.</summary>
internal static class RiskOfBiasExamples
{
    /// <summary>
    /// RoB 2, 23 randomised trials of app-based physical-activity interventions: PMC10196895, Table 3,
    /// "Risk-of-bias (RoB) assessment based on the revised Cochrane RoB tool for randomized trials (RoB 2.0)"
    /// (https://pmc.ncbi.nlm.nih.gov/articles/PMC10196895/table/table3; + low, ? some concerns, − high).
    /// The study list matches Stecher C, Pfisterer B, Harden SM, et al. JMIR Mhealth Uhealth 2023;11:e43162.
    /// </summary>
    public static RiskOfBiasAssessment Pmc10196895Table3 => new(
        RiskOfBiasTool.Rob2,
        [
            Study("Direito 2015", Low, Low, Low, Low, Low, Low),
            Study("Edney 2020", Low, Low, Low, Low, Low, Low),
            Study("Fanning 2017", SomeConcerns, SomeConcerns, SomeConcerns, Low, SomeConcerns, High),
            Study("Fukuoka 2019", Low, Low, Low, Low, Low, Low),
            Study("Garcia-Ortiz 2018", Low, SomeConcerns, SomeConcerns, Low, Low, SomeConcerns),
            Study("Garde 2018", Low, SomeConcerns, SomeConcerns, Low, SomeConcerns, High),
            Study("Glynn 2014", SomeConcerns, Low, Low, Low, Low, SomeConcerns),
            Study("Gremaud 2018", Low, SomeConcerns, Low, Low, SomeConcerns, SomeConcerns),
            Study("Harries 2016", SomeConcerns, SomeConcerns, Low, Low, SomeConcerns, High),
            Study("Hurkmans 2018", High, SomeConcerns, Low, Low, Low, High),
            Study("King 2016", Low, Low, Low, Low, SomeConcerns, SomeConcerns),
            Study("Kitagawa 2020", SomeConcerns, Low, Low, Low, SomeConcerns, SomeConcerns),
            Study("Leinonen 2017", Low, High, High, Low, Low, High),
            Study("Lyons 2017", Low, Low, Low, Low, Low, Low),
            Study("Martin 2015", Low, Low, Low, Low, SomeConcerns, SomeConcerns),
            Study("Pope and Gao 2020", High, SomeConcerns, Low, Low, SomeConcerns, High),
            Study("Recio-Rodriguez 2016", Low, SomeConcerns, SomeConcerns, Low, Low, SomeConcerns),
            Study("Robertson 2018", Low, High, High, Low, SomeConcerns, High),
            Study("Schade 2020", SomeConcerns, SomeConcerns, High, Low, SomeConcerns, High),
            Study("Simons 2018", High, SomeConcerns, Low, Low, SomeConcerns, High),
            Study("Walsh 2016", Low, Low, Low, Low, SomeConcerns, SomeConcerns),
            Study("Zhang and Jemmott 2019", Low, SomeConcerns, Low, Low, SomeConcerns, SomeConcerns),
            Study("Zhou 2018", Low, Low, Low, Low, SomeConcerns, SomeConcerns),
        ]);

    /// <summary>
    /// RoB 1, 18 trials of exercise therapy for hip osteoarthritis: Teirlinck CH, et al. Osteoarthritis and
    /// Cartilage Open 2023, PMC9932106, Table 2 (https://pmc.ncbi.nlm.nih.gov/articles/PMC9932106/table/tbl2;
    /// + low, ? unclear, − high). The review's own overall rule gives Low, Moderate or High.
    /// </summary>
    public static RiskOfBiasAssessment Teirlinck2023Table2 => new(
        RiskOfBiasTool.Rob1 with { OverallJudgements = [Low, Moderate, High] },
        [
            Study("V Baar 1998", Low, Low, High, High, Low, Unclear, Low, Low),
            Study("Hopman-Rock 2000", Unclear, Unclear, High, High, Unclear, Unclear, Low, High),
            Study("Foley 2003", Low, Low, High, High, Low, Unclear, Unclear, Low),
            Study("Stener-Victorin 2004", Low, Unclear, High, High, High, Low, Low, High),
            Study("Tak 2005", Low, Unclear, High, High, Low, Unclear, Low, High),
            Study("Fernandes 2010", Low, Low, High, High, Low, Low, Low, Low),
            Study("Juhakoski 2011", Low, Low, High, High, Low, Unclear, Low, Low),
            Study("French 2013", Low, Low, High, High, Low, Low, Low, Low),
            Study("Abbott 2013", Low, Low, High, High, Low, Low, Unclear, Low),
            Study("Villadsen 2014", Low, Low, High, High, Low, Low, Low, Low),
            Study("Kraus 2014", Low, Low, High, High, Low, Low, Low, Low),
            Study("Svege 2013/2015", Low, Low, High, High, Low, Low, Low, Low),
            Study("Teirlinck 2016", Low, Low, High, High, Low, Low, Low, Low),
            Study("Hermann 2016", Low, Low, High, High, Low, Low, Unclear, Low),
            Study("Saw 2016", Low, Unclear, High, High, Unclear, Low, Low, Moderate),
            Study("Bieler 2016", Low, Low, Low, Low, Low, Low, Low, Low),
            Study("Chopp-Hurley 2017", Low, Low, High, High, Unclear, Low, Low, Moderate),
            Study("Thompson 2021", Low, Unclear, High, High, Low, Low, Low, Low),
        ]);

    /// <summary>
    /// RoB 2, five trials of at-home foot temperature monitoring: Golledge J, Fernando ME, Alahakoon C, et al.
    /// Diabetes Metab Res Rev 2022;38(6):e3549, doi:10.1002/dmrr.3549 (PMC9541448), Table 2. The abstract
    /// confirms one trial at low, one at moderate ("some concerns" in RoB 2) and three at high risk of bias.
    /// </summary>
    public static RiskOfBiasAssessment Golledge2022Table2 => new(
        RiskOfBiasTool.Rob2,
        [
            Study("Lavery 2004", SomeConcerns, Low, Low, High, SomeConcerns, High),
            Study("Armstrong 2007", Low, SomeConcerns, Low, SomeConcerns, SomeConcerns, High),
            Study("Lavery 2007", Low, SomeConcerns, Low, High, SomeConcerns, High),
            Study("Skafjeld 2015", Low, Low, Low, SomeConcerns, SomeConcerns, SomeConcerns),
            Study("Bus 2021", Low, Low, Low, Low, Low, Low),
        ]);

    /// <summary>
    /// ROBINS-I example data of robvis with weights (McGuinness LA, Higgins JPT. Risk-of-bias VISualization
    /// (robvis). Res Synth Methods 2021;12:55–61; data_raw/data_robins.csv, "created for this package"):
    /// illustrative, not from a review; used because it documents weights for the weighted summary.
    /// </summary>
    public static RiskOfBiasAssessment RobvisRobinsExample => new(
        RiskOfBiasTool.RobinsI,
        [
            Weighted("Study 1", 33.33333333, Critical, Low, Critical, Critical, Low, Low, Serious, Critical),
            Weighted("Study 2", 33.33333333, Moderate, Low, Low, Critical, Low, Moderate, Low, Low),
            Weighted("Study 3", 0.142857143, Moderate, Low, Moderate, Critical, Critical, Low, Serious, Serious),
            Weighted("Study 4", 9.090909091, Low, Low, Serious, Critical, Moderate, Low, Critical, Low),
            Weighted("Study 5", 12.5, Serious, Serious, Low, Low, Moderate, Low, Moderate, Serious),
            Weighted("Study 6", 25, Critical, Serious, Moderate, Critical, Critical, Moderate, Serious, Serious),
            Weighted("Study 7", 200, Critical, Moderate, Moderate, Serious, Critical, Serious, Serious, Moderate),
            Weighted("Study 8", 11.11111111, Critical, Moderate, Low, Low, Low, Low, Critical, Moderate),
            Weighted("Study 9", 1.111111111, Critical, Low, Serious, Low, Low, Serious, Low, Low),
            Weighted("Study 10", 0.142857143, Moderate, Low, Critical, Serious, Moderate, Moderate, Serious, Low),
            Weighted("Study 11", 9.090909091, Moderate, Serious, Moderate, Critical, Serious, Low, Critical, Serious),
            Weighted("Study 12", 12.5, Critical, Critical, Low, Critical, Critical, Critical, Critical, Critical),
        ]);

    /// <summary>
    /// A user-defined tool: QUADAS-2's four domains with robvis's QUADAS-2 example data (data_raw/data_quadas.csv,
    /// "created for this package"; the judgements as robvis spells them, including "Some concerns" and one
    /// "No information").
    /// </summary>
    public static RiskOfBiasAssessment RobvisQuadasExample => new(
        RiskOfBiasTool.Custom(
            "QUADAS-2",
            [new("D1", "Patient selection"), new("D2", "Index test"), new("D3", "Reference standard"), new("D4", "Flow and timing")],
            [Low, SomeConcerns, High, NoInformation]),
        [
            Weighted("Study 1", 33.33333333, Low, Low, Low, Low, Low),
            Weighted("Study 2", 33.33333333, SomeConcerns, Low, Low, Low, SomeConcerns),
            Weighted("Study 3", 0.142857143, SomeConcerns, Low, SomeConcerns, Low, SomeConcerns),
            Weighted("Study 4", 9.090909091, Low, Low, High, Low, SomeConcerns),
            Weighted("Study 5", 12.5, High, High, Low, Low, High),
            Weighted("Study 6", 25, Low, High, SomeConcerns, Low, Low),
            Weighted("Study 7", 200, Low, SomeConcerns, SomeConcerns, High, Low),
            Weighted("Study 8", 11.11111111, Low, SomeConcerns, Low, Low, Low),
            Weighted("Study 9", 1.111111111, Low, Low, High, Low, SomeConcerns),
            Weighted("Study 10", 33.33333333, SomeConcerns, Low, Low, NoInformation, High),
            Weighted("Study 11", 0.142857143, SomeConcerns, High, SomeConcerns, SomeConcerns, Low),
            Weighted("Study 12", 9.090909091, Low, Low, Low, Low, Low),
        ]);

    /// <summary>The last judgement is the overall one.</summary>
    private static StudyJudgements Study(string name, params Judgement[] judgements) =>
        new(name, [.. judgements[..^1]], judgements[^1]);

    private static StudyJudgements Weighted(string name, double weight, params Judgement[] judgements) =>
        new(name, [.. judgements[..^1]], judgements[^1], weight);
}
