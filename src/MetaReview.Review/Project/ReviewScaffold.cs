using System.Text;

namespace MetaReview.Review.Project;

/// <summary>
/// Writes a new project's <c>review.yaml</c> (for <c>metareview init</c>): a commented template that loads
/// without problems, with every section present but empty. It holds no study data: the comments show the
/// shape of each entry and say where the real numbers, with their sources, go. The schema is in docs/review-file.md.
/// </summary>
public static class ReviewScaffold
{
    /// <summary>
    /// Writes <c>review.yaml</c> for a review titled <paramref name="title"/> into <paramref name="directory"/>
    /// (created if needed) and returns the file's path. An existing review file is never overwritten.
    /// </summary>
    /// <param name="directory">The project folder.</param>
    /// <param name="title">The review's title (any text; it is quoted as YAML needs).</param>
    /// <exception cref="IOException">When the folder already has a review.yaml, or the file cannot be written.</exception>
    public static string Write(string directory, string title)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        var path = Path.Combine(directory, ReviewProjectLoader.FileName);
        if (File.Exists(path))
        {
            throw new IOException($"'{path}' already exists; 'metareview init' does not overwrite a review. Choose another folder or remove the file.");
        }

        Directory.CreateDirectory(directory);
        using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
        using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        writer.Write(Text(title));
        return path;
    }

    /// <summary>The template's text for a review titled <paramref name="title"/>.</summary>
    public static string Text(string title)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        return Template.Replace("{title}", Quote(title.Trim()), StringComparison.Ordinal);
    }

    /// <summary>A YAML double-quoted scalar: backslashes, quotes and control characters escaped.</summary>
    private static string Quote(string text)
    {
        var b = new StringBuilder("\"");
        foreach (var c in text)
        {
            b.Append(c switch
            {
                '\\' => "\\\\",
                '"' => "\\\"",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }

        return b.Append('"').ToString();
    }

    private const string Template = """
        # MetaReview review file: the whole review in one place ("review as code").
        # Every key is described, with examples, in docs/review-file.md. Check this file with
        #   metareview validate <folder>
        # which lists every problem with its line and column.
        #
        # Only real, sourced numbers go here: every value of the data sections names the table or page it
        # comes from, and a study whose data are not published is listed as awaiting data, never estimated.

        version: 1
        title: {title}

        # The review team, in order: a name, or a mapping with name, affiliation and orcid.
        authors: []
        #  - name: ...
        #    affiliation: ...
        #    orcid: 0000-0000-0000-0000

        # Where the protocol is registered (PROSPERO, OSF, ...).
        # registration:
        #   registry: PROSPERO
        #   id: CRD4202...
        #   url: https://www.crd.york.ac.uk/prospero/...

        # The question in PICOS form.
        # question:
        #   objective: ...
        #   population: ...
        #   intervention: ...
        #   comparison: ...
        #   outcomes: ...
        #   study_design: ...

        # Eligibility criteria. Excluded studies name the criterion they fail (its id), which is how the
        # PRISMA flow diagram counts exclusions by reason.
        eligibility: []
        #  - id: design
        #    text: Randomised controlled trials
        #    reason: not randomised          # how an exclusion on this criterion is reported

        # One entry per source searched: the date it was run, the strategy as run, and the number of
        # records found and/or the exported file of records (relative to this folder).
        searches: []
        #  - database: PubMed
        #    date: 2025-01-31
        #    strategy: |
        #      ...
        #    records: ...
        #    record_file: searches/pubmed.ris

        # Study characteristics that subgroup analyses (and meta-regression) use, declared once so that
        # every study's value is checked against the list.
        characteristics: []
        #  - id: exercise_type
        #    name: Exercise type
        #    values: [resistance, aerobic, combined, respiratory]

        # Every study assessed in full text. status: included (the default), awaiting-data (eligible,
        # but the data are not published: listed, not analysed), or excluded (with the criterion id).
        studies: []
        #  - id: author2020                  # letters, digits, _ - . (used to refer to the study)
        #    label: Author 2020              # printed in tables and forest plots
        #    citation: ...
        #    doi: 10....
        #    design: rct                     # rct, cluster-rct, crossover-rct, non-randomised, cohort, case-control, other
        #    country: ...
        #    arms:
        #      - {id: exercise, description: ..., n_randomised: ...}
        #      - {id: control, description: ..., n_randomised: ...}
        #    characteristics: {exercise_type: aerobic}
        #    funding: ...
        #    status: included

        # Analysis settings for every outcome (each outcome may change them): preset (metafor or
        # revman5), model (random or fixed), method (IV, MH, Peto), tau2 (REML, DL, PM, ...), test (z or
        # hksj), level, pi, i2, smd, zero_cells, increment, drop_double_zero.
        # analysis:
        #   model: random
        #   tau2: REML

        # The outcomes, each with its analysis plan and the data of each study, as reported, with the
        # source of every value. An arm may give its SD as reported (se, or ci_lower and ci_upper of the
        # mean), or its mean and SD as a median with q1 and q3 (and/or min and max): MetaReview converts
        # them and lists every conversion in the report's data notes.
        outcomes: []
        #  - id: function_6m
        #    name: ...
        #    type: continuous                # continuous, binary, rates, correlation, proportion, generic
        #    measure: MD                     # MD, SMD, ROM, RR, OR, RD, PETO, IRR, COR, ZCOR, PR, PLO, PAS, PFT, GEN
        #    direction: higher-is-better     # or lower-is-better
        #    time_point: 6 months
        #    mid: {value: ..., source: ...}  # the minimal important difference, with its source
        #    analysis:
        #      subgroups: [exercise_type]
        #      sensitivity: [exclude-high-risk, fixed-effect, leave-one-out]
        #    data:
        #      - study: author2020
        #        source: Table 2, p. 5
        #        experimental: {n: ..., mean: ..., sd: ...}
        #        control: {n: ..., mean: ..., ci_lower: ..., ci_upper: ...}
        #      - study: other2021
        #        missing: reported only as a figure; data requested from the authors
        #    grade:                          # your judgements, replacing the suggested ones
        #      imprecision: {downgrade: 1, reason: ...}

        # Risk of bias, per study or per result (outcomes: [...]): tool rob2 (D1-D5), rob1, robins-i
        # (D1-D7) or custom (with your own domains). The overall judgement, when left out, is the tool's
        # algorithm: the most severe domain.
        risk_of_bias:
          tool: rob2
          assessments: []
        #    - study: author2020
        #      domains:
        #        D1: {judgement: low, support: "Computer-generated sequence; central allocation (p. 3)"}
        #        D2: some-concerns
        #        D3: low
        #        D4: low
        #        D5: low

        """;
}
