using System.Collections.Immutable;
using System.Text.RegularExpressions;
using MetaReview.Review.Project.Internal.Yaml;

namespace MetaReview.Review.Project.Internal.Readers;

/// <summary>Reads the review's authors, registration and question (PICOS).</summary>
internal static partial class FrontMatterReader
{
    private static readonly string[] AuthorKeys = ["name", "affiliation", "orcid"];
    private static readonly string[] RegistrationKeys = ["registry", "id", "url"];
    private static readonly string[] QuestionKeys = ["objective", "population", "intervention", "comparison", "outcomes", "study_design"];

    public static ImmutableArray<ReviewAuthor> Authors(Fields root)
    {
        var authors = ImmutableArray.CreateBuilder<ReviewAuthor>();
        foreach (var item in root.Items("authors"))
        {
            if (item is ScalarNode { Value: { } name } && !string.IsNullOrWhiteSpace(name))
            {
                authors.Add(new ReviewAuthor(name.Trim()));
                continue;
            }

            var f = Fields.Of(item, root.Context, "author", "an author (a name, or name with affiliation and orcid)", AuthorKeys);
            var fullName = f.RequiredText("name");
            var orcid = f.Text("orcid");
            if (orcid is not null && !OrcidPattern().IsMatch(orcid))
            {
                f.ErrorAt("orcid", ReviewProblemCode.InvalidValue, ReviewMessages.InvalidOrcid(orcid));
            }

            if (fullName is not null)
            {
                authors.Add(new ReviewAuthor(fullName, f.Text("affiliation"), orcid));
            }
        }

        return authors.ToImmutable();
    }

    public static ReviewRegistration? Registration(Fields root)
    {
        if (root.Node("registration") is not { } node)
        {
            return null;
        }

        var f = Fields.Of(node, root.Context, "registration", "the registration", RegistrationKeys);
        var registry = f.RequiredText("registry");
        var id = f.RequiredText("id");
        return registry is null || id is null ? null : new ReviewRegistration(registry, id, f.Text("url"));
    }

    public static ReviewQuestion? Question(Fields root)
    {
        if (root.Node("question") is not { } node)
        {
            return null;
        }

        var f = Fields.Of(node, root.Context, "question", "the question", QuestionKeys);
        return new ReviewQuestion(f.Text("objective"), f.Text("population"), f.Text("intervention"), f.Text("comparison"), f.Text("outcomes"), f.Text("study_design"));
    }

    [GeneratedRegex(@"^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$")]
    private static partial Regex OrcidPattern();
}
