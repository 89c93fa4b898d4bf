using MetaReview.Statistics.Models;
using Mh = MetaReview.Statistics.Models.MantelHaenszel;

namespace MetaReview.Statistics.Tests.MantelHaenszel;

/// <summary>
/// Every fit in Fixtures/mh (tools/reference/mh.R: metafor 3.8-1 <c>rma.mh</c>, <c>rma.peto</c> and, for RevMan 5's
/// random-effects model, <c>rma(yi, vi, tau2=)</c>) on BCG (Colditz 1994), Niel-Weise 2007, Li 2007, Yusuf 1985
/// table 9, Collins 1985 (pre-eclampsia), Hine 1989, Fleiss 1993 and real boundary subsets, compared at
/// <see cref="Tolerance.ClosedForm"/>.
/// </summary>
public class MetaforMantelHaenszelTests
{
    public static TheoryData<string, string> Fits()
    {
        var data = new TheoryData<string, string>();
        foreach (var (file, fit) in MhFixture.AllFits())
        {
            data.Add(file, fit);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Fits))]
    public void MatchesFixture(string file, string fit)
    {
        var fixture = MhFixture.Load(file);
        var f = fixture.Fit(fit);
        var result = f.Method switch
        {
            "MH" => Mh.Fit(f.Measure, fixture.Tables, fixture.Labels, f.MhOptions),
            "MH-RE" => Mh.RandomEffectsRevMan(f.Measure, fixture.Tables, fixture.Labels, f.MhOptions),
            "Peto" => Peto.Fit(fixture.Tables, fixture.Labels, new PetoOptions { Convention = f.Convention }),
            _ => throw new InvalidOperationException($"Unknown method {f.Method} in {file}"),
        };

        foreach (var (key, value) in f.Values)
        {
            var what = $"{file} / {fit} / {key} ({value.R}; {f.Call})";
            switch (key)
            {
                case "QDf":
                    Assert.True(value.Values[0] == result.QDf, $"{what}: expected {value.Values[0]}, got {result.QDf}");
                    break;
                case "K":
                    Assert.True(value.Values[0] == result.K, $"{what}: expected {value.Values[0]}, got {result.K}");
                    break;
                case "WeightPercent":
                    Assert.Equal(value.Values.Length, result.WeightPercent.Length);
                    for (var i = 0; i < value.Values.Length; i++)
                    {
                        // metafor gives NaN (0/0) when no study has weight; MetaReview gives 0.
                        var expected = double.IsNaN(value.Values[i]) ? 0 : value.Values[i];
                        Close(expected, result.WeightPercent[i], $"{what}[{i + 1}]");
                    }

                    break;
                case "CmhStatistic" or "CmhP":
                    if (double.IsNaN(value.Values[0]))
                    {
                        Assert.Null(result.Cmh);
                    }
                    else
                    {
                        Assert.NotNull(result.Cmh);
                        Close(value.Values[0], key == "CmhP" ? result.Cmh.PValue : result.Cmh.Statistic, what);
                        Assert.Equal(1, result.Cmh.Df);
                    }

                    break;
                case "TaroneStatistic":
                    // metafor reports TA = 0 with p = NA for a single table; MetaReview gives no test.
                    if (double.IsNaN(f["TaroneP"]))
                    {
                        Assert.Null(result.Tarone);
                    }
                    else
                    {
                        Close(value.Values[0], result.Tarone!.Statistic, what);
                    }

                    break;
                case "TaroneP":
                    if (!double.IsNaN(value.Values[0]))
                    {
                        Close(value.Values[0], result.Tarone!.PValue, what);
                    }

                    break;
                default:
                    Close(value.Values[0], Scalar(result, key), what);
                    break;
            }
        }
    }

    private static double Scalar(MetaAnalysisResult r, string key) => key switch
    {
        "Estimate" => r.Estimate,
        "StandardError" => r.StandardError,
        "Statistic" => r.Statistic,
        "PValue" => r.PValue,
        "CiLower" => r.CiLower,
        "CiUpper" => r.CiUpper,
        "Q" => r.Q,
        "QP" => r.QP,
        "I2" => r.I2,
        "H2" => r.H2,
        "Tau2" => r.Tau2,
        _ => throw new InvalidOperationException($"No result field for fixture key {key}"),
    };

    private static void Close(double expected, double actual, string what)
    {
        if (double.IsNaN(expected))
        {
            Assert.True(double.IsNaN(actual), $"{what}: metafor gives NA, got {actual:R}");
            return;
        }

        Tolerance.Relative(expected, actual, Tolerance.ClosedForm, what);
    }
}
