using MetaReview.Statistics.MetaRegression;

namespace MetaReview.Statistics.Tests.MetaRegression;

/// <summary>The moderator formula parser: R's syntax for main effects, intercept removal, and located errors.</summary>
public class ModeratorFormulaTests
{
    [Theory]
    [InlineData("ablat + year + factor(alloc)", true, "ablat,year,factor(alloc)")]
    [InlineData("~ ablat", true, "ablat")]
    [InlineData("~factor( alloc )-1", false, "factor(alloc)")]
    [InlineData("0 + ablat + year", false, "ablat,year")]
    [InlineData("ablat + year + 0", false, "ablat,year")]
    [InlineData("-1 + ablat", false, "ablat")]
    [InlineData("1 + ablat + ablat", true, "ablat")]
    [InlineData("`dose mg` + as.factor(arm)", true, "dose mg,factor(arm)")]
    [InlineData("x.1 + y_2", true, "x.1,y_2")]
    public void Parse_ReadsTermsAndIntercept(string text, bool intercept, string terms)
    {
        var formula = ModeratorFormula.Parse(text);
        Assert.Equal(intercept, formula.Intercept);
        Assert.Equal(terms.Split(','), formula.Terms.Select(t => t.Label));
    }

    [Fact]
    public void ToString_IsCanonical()
    {
        Assert.Equal("~ ablat + factor(alloc) - 1", ModeratorFormula.Parse("ablat+factor(alloc) -1").ToString());
        Assert.Equal("~ ablat + year", ModeratorFormula.Parse("ablat+year").ToString());
    }

    [Theory]
    [InlineData("", 1, "empty")]
    [InlineData("~ ", 3, "empty")]
    [InlineData("ablat + + year", 9, "expected a column name")]
    [InlineData("ablat year", 7, "expected '+' or '-'")]
    [InlineData("ablat:year", 6, "interactions")]
    [InlineData("ablat * year", 7, "interactions")]
    [InlineData("log(ablat)", 1, "'log(...)' is not supported")]
    [InlineData("factor(alloc", 13, "expected ')'")]
    [InlineData("ablat - year", 9, "only the intercept can be removed")]
    [InlineData("ablat - 0", 9, "'- 0' is not meaningful")]
    [InlineData("`ablat", 1, "not closed")]
    public void Parse_RejectsWithPosition(string text, int position, string message)
    {
        var error = Assert.Throws<FormatException>(() => ModeratorFormula.Parse(text));
        Assert.Contains($"position {position}:", error.Message, StringComparison.Ordinal);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Contains(new string(' ', position + 1) + "^", error.Message, StringComparison.Ordinal);
    }
}
