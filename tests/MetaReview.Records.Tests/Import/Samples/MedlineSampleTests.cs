namespace MetaReview.Records.Tests.Import.Samples;

/// <summary>The PubMed MEDLINE samples in shared/data/citations/medline.</summary>
public class MedlineSampleTests
{
    [Fact]
    public void MultiMalformed_JabRef_OneRecordAndSixLocatedErrors()
    {
        var r = SharedData.Import("medline/medline_multi_malformed_jabref.txt");
        Assert.Equal(RecordFormat.Medline, r.Format);
        Assert.Equal((7, 1, 6), (r.Read, r.Imported, r.Skipped));
        var rec = r.Records[0];
        Assert.Equal("From danger and motherhood to health and beauty: health advice for the factory girl in early twentieth-century Britain.", rec.Title);
        Assert.Equal<string>(["Long, Vicky", "Marland, Hilary"], rec.Authors);
        Assert.Equal(("20481061", "PMC4513071", 2009), (rec.Pmid, rec.Pmcid, rec.Year));
        Assert.Equal(("20 century British history", "20", "4", "454-81"), (rec.Journal, rec.Volume, rec.Issue, rec.Pages));

        // The junk line is a warning; each block that does not start with "PMID- " is an error at its first line.
        Assert.Equal([(53, 1, ProblemSeverity.Warning), (55, 1, ProblemSeverity.Error), (77, 1, ProblemSeverity.Error),
            (87, 6, ProblemSeverity.Error), (91, 6, ProblemSeverity.Error), (95, 6, ProblemSeverity.Error), (99, 6, ProblemSeverity.Error)],
            r.Problems.Select(p => (p.Line, p.Column, p.Severity)));
        Assert.Contains("'PMC -22664230'", r.Problems[1].Message, StringComparison.Ordinal);
        Assert.Contains("'PMID-22664220'", r.Problems[3].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Nbib_JabRef_FullNamesDoiFromLid()
    {
        var r = SharedData.Import("medline/nbib_jabref.nbib");
        Assert.Equal((1, 1, 0), (r.Read, r.Imported, r.Skipped));
        var rec = r.Records[0];
        Assert.Equal("Proteomics: A new perspective for cancer.", rec.Title);
        Assert.Equal("10.4103/2277-9175.180636", rec.Doi);
        Assert.Equal("27169098", rec.Pmid);
        // FAU full names, then the corporate author (CN).
        Assert.Equal<string>(["Shruthi, Basavaradhya Sahukar", "Vinodhkumar, Palani", "Selvamani", "corporater"], rec.Authors);
        Assert.Equal("Advanced biomedical research", rec.Journal); // JT preferred to TA
        Assert.Equal<string>(["Biomarkers", "electrophoresis", "neoplasia", "spectrometry", "translation"], rec.Keywords);
        Assert.Equal(2016, rec.Year);
    }

    [Fact]
    public void PubMedResult2_Biopython_FourRecords_IndentedContinuations()
    {
        var r = SharedData.Import("medline/pubmed_result2_biopython.txt");
        Assert.Equal((4, 4, 0), (r.Read, r.Imported, r.Skipped));
        Assert.Empty(r.Problems);
        Assert.Equal([2, 67, 127, 192], r.Records.Select(x => x.SourceLine));
        var first = r.Records[0];
        Assert.Equal("A high level interface to SCOP and ASTRAL implemented in python.", first.Title);
        Assert.Equal<string>(["Casbon, James A", "Crooks, Gavin E", "Saqi, Mansoor A S"], first.Authors);
        Assert.Equal(("16403221", "PMC1373603", "10.1186/1471-2105-7-10"), (first.Pmid, first.Pmcid, first.Doi));
        // Six-space continuation lines (some with trailing spaces) joined by single spaces.
        Assert.StartsWith("BACKGROUND: Benchmarking algorithms in structural bioinformatics often involves the construction of datasets", first.Abstract, StringComparison.Ordinal);
        Assert.DoesNotContain("  ", first.Abstract, StringComparison.Ordinal);
        Assert.Equal("PubMed", first.SourceDatabase);
        Assert.Equal("Bioinformatics (Oxford, England)", r.Records[1].Journal);
    }
}
