using MetaReview.Statistics.MetaRegression;

namespace MetaReview.Statistics.Tests.MetaRegression;

/// <summary>
/// Building the model matrix as R's model.matrix() does for metafor: column names, treatment contrasts with sorted
/// levels, full coding without intercept, numeric factors, missing values and the errors for unusable designs.
/// </summary>
public class DesignMatrixTests
{
    private static readonly ModeratorColumn[] Bcg =
    [
        ModeratorColumn.Numeric("ablat", BcgModerators.Ablat),
        ModeratorColumn.Numeric("year", BcgModerators.Year),
        ModeratorColumn.Categorical("alloc", BcgModerators.Alloc),
    ];

    [Fact]
    public void Factor_UsesTreatmentContrastsAgainstTheFirstSortedLevel()
    {
        var design = DesignMatrix.Build("ablat + factor(alloc)", Bcg);
        Assert.Equal(["intrcpt", "ablat", "factor(alloc)random", "factor(alloc)systematic"], design.ColumnNames.ToArray());
        Assert.Equal(["alternate", "random", "systematic"], design.Terms[2].Levels.ToArray());
        Assert.Equal([1.0, 44, 1, 0], Row(design, 0));
        Assert.Equal([1.0, 13, 0, 0], Row(design, 4));
        Assert.Equal([1.0, 42, 0, 1], Row(design, 9));
        Assert.Equal([2, 3], design.ColumnsOf("alloc").ToArray());
        Assert.Equal([2, 3], design.ColumnsOf("factor(alloc)").ToArray());
        Assert.Equal([3], design.ColumnsOf("factor(alloc)systematic").ToArray());
        Assert.Equal([1], design.ColumnsOf("ablat").ToArray());
    }

    [Fact]
    public void CategoricalColumnWithoutFactor_IsAFactorNamedAsInR()
    {
        var design = DesignMatrix.Build("alloc", Bcg);
        Assert.Equal(["intrcpt", "allocrandom", "allocsystematic"], design.ColumnNames.ToArray());
    }

    [Fact]
    public void NoIntercept_CodesEveryLevelOfTheFirstFactor()
    {
        var design = DesignMatrix.Build("factor(alloc) - 1", Bcg);
        Assert.Equal(["factor(alloc)alternate", "factor(alloc)random", "factor(alloc)systematic"], design.ColumnNames.ToArray());
        Assert.False(design.HasIntercept);
        var withNumber = DesignMatrix.Build("ablat + factor(alloc) - 1", Bcg);
        Assert.Equal(["ablat", "factor(alloc)alternate", "factor(alloc)random", "factor(alloc)systematic"], withNumber.ColumnNames.ToArray());
    }

    [Fact]
    public void NumericFactor_SortsLevelsNumerically()
    {
        // R: levels of factor(c(108, 11, 12)) are 11, 12, 108 (not "108" < "11").
        var column = ModeratorColumn.Numeric("district", [108, 11, 12, 11, 108, 644]);
        var design = DesignMatrix.Build("factor(district)", [column]);
        Assert.Equal(["intrcpt", "factor(district)12", "factor(district)108", "factor(district)644"], design.ColumnNames.ToArray());
    }

    [Fact]
    public void GivenLevelOrder_SetsTheReference()
    {
        var column = ModeratorColumn.Categorical("alloc", BcgModerators.Alloc, ["random", "alternate", "systematic"]);
        var design = DesignMatrix.Build("factor(alloc)", [column]);
        Assert.Equal(["intrcpt", "factor(alloc)alternate", "factor(alloc)systematic"], design.ColumnNames.ToArray());
    }

    [Fact]
    public void MissingValues_LeaveStudiesOut()
    {
        var ablat = BcgModerators.Ablat.Select((a, i) => i == 2 ? double.NaN : a).ToArray();
        var alloc = BcgModerators.Alloc.Select((a, i) => i == 5 ? null : a).ToArray();
        var design = DesignMatrix.Build("ablat + alloc", [ModeratorColumn.Numeric("ablat", ablat), ModeratorColumn.Categorical("alloc", alloc)]);
        Assert.Equal(11, design.K);
        Assert.Equal(13, design.Studies);
        Assert.Equal([2, 5], design.ExcludedRows.ToArray());
        Assert.Equal(["ablat", "alloc"], design.ExcludedBecause.ToArray());
        Assert.Equal(BcgModerators.Ablat[3], design[2, 1]);
    }

    [Fact]
    public void UnusableDesigns_AreRejectedWithTheReason()
    {
        var unknown = Assert.Throws<ArgumentException>(() => DesignMatrix.Build("ablt", Bcg));
        Assert.Contains("'ablt', which is not among the columns (ablat, year, alloc)", unknown.Message, StringComparison.Ordinal);

        var constant = Assert.Throws<ArgumentException>(() => DesignMatrix.Build("ablat + one", [.. Bcg, ModeratorColumn.Numeric("one", Enumerable.Repeat(3.0, 13).ToArray())]));
        Assert.Contains("'one' is constant", constant.Message, StringComparison.Ordinal);

        var twice = ModeratorColumn.Numeric("twice", BcgModerators.Ablat.Select(a => 2 * a).ToArray());
        var collinear = Assert.Throws<ArgumentException>(() => DesignMatrix.Build("ablat + twice", [.. Bcg, twice]));
        Assert.Contains("'twice' is a linear combination of the columns before it (intrcpt, ablat)", collinear.Message, StringComparison.Ordinal);

        var single = ModeratorColumn.Categorical("arm", Enumerable.Repeat("a", 13).ToArray());
        Assert.Contains("single level ('a')", Assert.Throws<ArgumentException>(() => DesignMatrix.Build("arm", [single])).Message, StringComparison.Ordinal);

        var lengths = ModeratorColumn.Numeric("short", [1, 2, 3]);
        Assert.Contains("'short' has 3 values but 'ablat' has 13", Assert.Throws<ArgumentException>(() => DesignMatrix.Build("ablat + short", [.. Bcg, lengths])).Message, StringComparison.Ordinal);

        Assert.Contains("no moderators", Assert.Throws<ArgumentException>(() => DesignMatrix.Build("1", Bcg)).Message, StringComparison.Ordinal);

        var few = Bcg.Select(c => c.IsCategorical
            ? ModeratorColumn.Categorical(c.Name, c.Labels.Take(2).ToArray())
            : ModeratorColumn.Numeric(c.Name, c.Numbers.Take(2).ToArray())).ToArray();
        Assert.Contains("needs 3 coefficients but only 2 studies", Assert.Throws<ArgumentException>(() => DesignMatrix.Build("ablat + year", few)).Message, StringComparison.Ordinal);

        Assert.Contains("not one of the given levels", Assert.Throws<ArgumentException>(() => ModeratorColumn.Categorical("g", ["a", "b"], ["a"])).Message, StringComparison.Ordinal);
        Assert.Contains("study 2", Assert.Throws<ArgumentException>(() => ModeratorColumn.Numeric("x", [1, double.PositiveInfinity])).Message, StringComparison.Ordinal);
    }

    private static double[] Row(DesignMatrix design, int row) => [.. Enumerable.Range(0, design.P).Select(c => design[row, c])];
}
