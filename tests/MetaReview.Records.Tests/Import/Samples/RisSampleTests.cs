namespace MetaReview.Records.Tests.Import.Samples;

/// <summary>
/// The RIS samples in shared/data/citations/ris: each imports with the record count SOURCES.md gives,
/// and fields read as the export wrote them.
/// </summary>
public class RisSampleTests
{
    [Fact]
    public void BomCrlfBaseline_Asreview_100Records_WithBomCrlfAndStrayLf()
    {
        var r = SharedData.Import("ris/bom_crlf_baseline_asreview.ris");
        Assert.Equal(RecordFormat.Ris, r.Format);
        Assert.Equal((100, 100, 0), (r.Read, r.Imported, r.Skipped));
        Assert.Empty(r.Problems);
        var first = r.Records[0];
        Assert.Equal("The Value of Radiologic Interventions and 18 F-DOPA PET in Diagnosing and Localizing Focal Congenital Hyperinsulinism: Systematic Review and Meta-Analysis", first.Title);
        Assert.Equal<string>(["Blomberg, Björn A.", "Moghbel, Mateen", "Saboury, Babak", "Stanley, Charles A.", "Alavi, Abass"], first.Authors);
        Assert.Equal(2012, first.Year);
        Assert.Equal("10.1007/s11307-012-0572-0", first.Doi);
        // Identifiers found only in the L2 links (PubMed and Europe PMC).
        Assert.Equal("22752652", first.Pmid);
        Assert.Equal("PMC3553406", first.Pmcid);
        Assert.Equal("97-105", first.Pages);
        Assert.Equal(1, first.SourceLine);
        // The BOM does not leak into the first record's type.
        Assert.Equal(RecordType.JournalArticle, first.Type);
    }

    [Fact]
    public void EdgeBom_Rispy_OneRecordWithOnlyADoi()
    {
        var r = SharedData.Import("ris/edge_bom_rispy.ris");
        Assert.Equal((1, 1, 0), (r.Read, r.Imported, r.Skipped));
        Assert.Equal("10.1186/s40981-020-0316-0", r.Records[0].Doi);
        Assert.Null(r.Records[0].Title);
        var warning = Assert.Single(r.Problems);
        Assert.Equal(ProblemSeverity.Warning, warning.Severity);
        Assert.Contains("no title", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EdgeCorrupted_JabRef_NoValidRecord_ErrorLocatedAtTheFirstTag()
    {
        var r = SharedData.Import("ris/edge_corrupted_jabref.ris");
        Assert.Equal((1, 0, 1), (r.Read, r.Imported, r.Skipped));
        Assert.False(r.Failed);
        var error = Assert.Single(r.Problems);
        Assert.Equal(ProblemSeverity.Error, error.Severity);
        // Line 1 holds only the BOM; the orphan record starts with "JF  - " on line 2.
        Assert.Equal((2, 1), (error.Line, error.Column));
        Assert.Contains("'JF  - '", error.Message, StringComparison.Ordinal);
        Assert.Contains("'TY  - '", error.Message, StringComparison.Ordinal);
        Assert.StartsWith(SharedData.PathOf("ris/edge_corrupted_jabref.ris") + ":2:1: error: malformed RIS record", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void StrictMode_OnTheCorruptedFile_Fails()
    {
        var r = SharedData.Import("ris/edge_corrupted_jabref.ris", new ImportOptions { Strict = true });
        Assert.True(r.Failed);
        Assert.Empty(r.Records);
        Assert.Equal((1, 0, 1), (r.Read, r.Imported, r.Skipped));
        Assert.Equal(2, r.Errors.Count());
    }

    [Fact]
    public void EdgeEmptyTag_Rispy_EmptySpIsAbsent_ContinuedN2Joined()
    {
        var r = SharedData.Import("ris/edge_empty_tag_rispy.ris");
        Assert.Equal((1, 1, 0), (r.Read, r.Imported, r.Skipped));
        var rec = r.Records[0];
        Assert.Null(rec.Pages);
        Assert.Equal(2020, rec.Year); // Y1  - 2020//
        Assert.Equal<string>(["Fanning E."], rec.Authors);
        Assert.Equal("10.1177/2325967120950040", rec.Doi); // DO  - http://dx.doi.org/…
        Assert.EndsWith("often under considerable repetition. Outcome measures are valuable when determining an athlete's safe return to sport...", rec.Abstract, StringComparison.Ordinal);
        Assert.Equal("Orthopaedic Journal of Sports Medicine", rec.Journal);
    }

    [Fact]
    public void EdgeExtraneousData_Rispy_PreambleIgnoredWithOneWarningPerBlock()
    {
        var r = SharedData.Import("ris/edge_extraneous_data_rispy.ris");
        Assert.Equal((2, 2, 0), (r.Read, r.Imported, r.Skipped));
        Assert.Equal([1, 29], r.Warnings.Select(w => w.Line));
        Assert.Equal("The title of the reference", r.Records[1].Title);
        Assert.Equal<string>(["Marxus, Karlus", "Lindgren, Astrid"], r.Records[1].Authors);
        Assert.Equal(2006, r.Records[1].Year);
    }

    [Fact]
    public void EdgeMultiline_Rispy_ContinuationStartingWithEr_IsNotAnEndOfRecord()
    {
        var r = SharedData.Import("ris/edge_multiline_rispy.ris");
        Assert.Equal((3, 3, 0), (r.Read, r.Imported, r.Skipped));
        Assert.All(r.Records, rec => Assert.Equal("first line, ER then second line and at the end the last line", rec.Abstract));
        Assert.Equal([1, 8, 17], r.Records.Select(rec => rec.SourceLine));
    }

    [Fact]
    public void EdgeNumberedFull_Rispy_NumberingLinesSilentlySkipped()
    {
        var r = SharedData.Import("ris/edge_numbered_full_rispy.ris");
        Assert.Equal((2, 2, 0), (r.Read, r.Imported, r.Skipped));
        Assert.Empty(r.Problems);
        Assert.Equal("Title of reference", r.Records[0].Title);
        Assert.Equal("Lorem", r.Records[0].Journal); // JF preferred to JA
        Assert.Equal("e0815", r.Records[0].Pages);
        Assert.Equal<string>(["Pippi", "Nordwind", "Piraten"], r.Records[0].Keywords);
    }

    [Fact]
    public void EdgeStartingNewlines_Rispy_RecordStartsOnLine3()
    {
        var r = SharedData.Import("ris/edge_starting_newlines_rispy.ris");
        Assert.Equal((1, 1, 0), (r.Read, r.Imported, r.Skipped));
        var rec = r.Records[0];
        Assert.Equal(3, rec.SourceLine);
        Assert.Equal("A Mathematical Theory of Communication", rec.Title);
        Assert.Equal(1948, rec.Year); // PY  - 1948/07//
        Assert.Equal("379-423", rec.Pages);
        Assert.Equal("27", rec.Volume);
    }

    [Fact]
    public void EdgeUtfCharsBom_Rispy_CyrillicAndVoTag()
    {
        var r = SharedData.Import("ris/edge_utf_chars_bom_rispy.ris");
        Assert.Equal((1, 1, 0), (r.Read, r.Imported, r.Skipped));
        var rec = r.Records[0];
        Assert.StartsWith("Состояние рецепторного аппарата эндометрия", rec.Title, StringComparison.Ordinal); // from ST
        Assert.Equal("8", rec.Volume); // VO, not VL
        Assert.Equal(RecordType.JournalArticle, rec.Type); // TY  - Journal Article
        Assert.Equal("Dobrokhotova, Yu E.", rec.Authors[0]);
        Assert.Empty(r.Problems);
    }

    [Fact]
    public void Embase_Asreview_SixRecords_EmbaseTags()
    {
        var r = SharedData.Import("ris/embase_asreview.ris");
        Assert.Equal((6, 6, 0), (r.Read, r.Imported, r.Skipped));
        var second = r.Records[1];
        Assert.Equal("Endoscopic ultrasound-guided fine-needle aspiration in the diagnosis of foregut duplication cysts: The value of demonstrating detached ciliary tufts in cyst fluid", second.Title);
        Assert.Equal(7, second.Authors.Length);
        Assert.Equal("Eloubeidi M.A.", second.Authors[0]);
        Assert.Equal("10.1002/cncr.20369", second.Doi);
        Assert.Equal("15368318", second.Pmid); // C5 in Embase exports
        Assert.Equal("Embase", second.SourceDatabase); // first of DB Embase, DB Medline
        Assert.Equal(("Cancer", "102", "4", "253-258"), (second.Journal, second.Volume, second.Issue, second.Pages));
        Assert.Equal(2004, second.Year);
    }

    [Fact]
    public void EndNotePtsd_Synergy_KeywordsAndUrlsOnUntaggedLines()
    {
        var r = SharedData.Import("ris/endnote_ris_ptsd_included3_synergy.ris");
        Assert.Equal((8, 8, 0), (r.Read, r.Imported, r.Skipped));
        var first = r.Records[0];
        Assert.Equal(30, first.Keywords.Length);
        Assert.Equal("acute stress disorder", first.Keywords[0]);
        Assert.Equal("survivor", first.Keywords[^1]);
        // DOI taken from the second UR line (http://dx.doi.org/10.1037/a0018601).
        Assert.Equal("10.1037/a0018601", first.Doi);
        Assert.Equal("Embase", first.SourceDatabase);
        Assert.Equal(("Rehabilitation Psychology", "55", "1", "1-11", 2010), (first.Journal, first.Volume, first.Issue, first.Pages, first.Year));
        Assert.Equal("2-s2.0-84953217077", r.Records[1].ScopusEid);
        Assert.Equal("25990986", r.Records[3].Pmid);
    }

    [Fact]
    public void IeeeXplore_LitStudy_MixedLineEndings_25Records()
    {
        var r = SharedData.Import("ris/ieee_xplore_mixed_eol_litstudy.ris");
        Assert.Equal((25, 25, 0), (r.Read, r.Imported, r.Skipped));
        Assert.Empty(r.Problems);
        var first = r.Records[0];
        Assert.Equal("The European Approach to the Exascale Challenge", first.Title);
        Assert.Equal<string>(["G. Kalbe", "G. Kalbe"], first.Authors); // IEEE writes the author twice; kept as exported
        Assert.Equal(2019, first.Year); // Y1  - 1 Jan.-Feb. 2019
        Assert.Equal("21", first.Volume); // VL and VO agree
        Assert.Equal("10.1109/mcse.2018.2884139", first.Doi);
        Assert.Equal(RecordType.ConferencePaper, r.Records[1].Type);
    }

    [Fact]
    public void OvidPsycInfo_Asreview_NumberingAndLinkLinesIgnored_NlAfterErKept()
    {
        var r = SharedData.Import("ris/ovid_psycinfo_asreview.ris");
        Assert.Equal((6, 6, 0), (r.Read, r.Imported, r.Skipped));
        Assert.Empty(r.Problems);
        var first = r.Records[0];
        Assert.Equal(2, first.SourceLine);
        Assert.Equal("The influence of self-criticism on depression symptoms among ambulatory patients with inflammatory bowel disease.", first.Title);
        Assert.Equal("10.1002/cpp.2398", first.Doi);
        Assert.Equal("PsycINFO", first.SourceDatabase); // from the Ovid link's D=psyc16
        Assert.Equal<string>(["Trindade, Ines A", "Irons, Chris", "Ferreira, Claudia", "Portela, Francisco", "Pinto-Gouveia, Jose"], first.Authors);
    }

    [Fact]
    public void OvidViaZotero_Asreview_SameSixArticles()
    {
        var r = SharedData.Import("ris/ovid_via_zotero_asreview.ris");
        Assert.Equal((6, 6, 0), (r.Read, r.Imported, r.Skipped));
        var second = r.Records[1];
        Assert.Equal("Gender differences in inflammatory bowel disease: Explaining body image dissatisfaction.", second.Title);
        Assert.Equal(("Journal of Health Psychology", "24", "7", "847-856", 2019), (second.Journal, second.Volume, second.Issue, second.Pages, second.Year));
        Assert.Equal("10.1177/1359105317742958", second.Doi);
        Assert.Null(second.SourceDatabase); // Zotero drops the database
    }

    [Fact]
    public void ProQuest_Asreview_DoiFromDoField()
    {
        var r = SharedData.Import("ris/proquest_asreview.ris");
        Assert.Equal((6, 6, 0), (r.Read, r.Imported, r.Skipped));
        var first = r.Records[0];
        Assert.Equal("Predictors of posttraumatic stress symptom trajectories following the fatal 2011 Christchurch, New Zealand earthquake", first.Title);
        Assert.Equal("10.1002/jts.22387", first.Doi);
        Assert.Equal("PTSDpubs", first.SourceDatabase);
        Assert.Null(first.Pmid); // AN is ProQuest's own number
        Assert.Equal(7, first.Authors.Length);
    }

    [Fact]
    public void PubMedViaEndNote_Asreview_AnIsThePmid_KeywordLines()
    {
        var r = SharedData.Import("ris/pubmed_via_endnote_asreview.txt");
        Assert.Equal(RecordFormat.Ris, r.Format);
        Assert.Equal((6, 6, 0), (r.Read, r.Imported, r.Skipped));
        var first = r.Records[0];
        Assert.Equal(2, first.SourceLine);
        Assert.Equal("21553931", first.Pmid);
        Assert.Equal("PubMed", first.SourceDatabase); // DP  - NLM
        Assert.Equal("Boswellia serrata: an overall assessment of in vitro, preclinical, pharmacokinetic and clinical data", first.Title);
        Assert.Equal(10, first.Keywords.Length);
        Assert.Equal("Medicine, Ayurvedic", first.Keywords[8]);
        Assert.Equal(("Clin Pharmacokinet", "50", "6", "349-69"), (first.Journal, first.Volume, first.Issue, first.Pages));
    }

    [Fact]
    public void PubMedViaZotero_Asreview()
    {
        var r = SharedData.Import("ris/pubmed_via_zotero_asreview.ris");
        Assert.Equal((6, 6, 0), (r.Read, r.Imported, r.Skipped));
        var first = r.Records[0];
        Assert.Equal("10.5114/pg.2018.81081", first.Doi);
        Assert.Equal("Przeglad gastroenterologiczny", first.Journal); // T2 preferred to J2
        Assert.Equal<string>(["Rudnik, Agata", "Piotrowicz, Grazyna", "Basinska, Malgorzata A.", "Rashedi, Vahid"], first.Authors);
    }

    [Fact]
    public void Rayyan_Asreview_OneKeywordPerContinuationLine()
    {
        var r = SharedData.Import("ris/rayyan_asreview_issue992.txt");
        Assert.Equal((19, 19, 0), (r.Read, r.Imported, r.Skipped));
        var first = r.Records[0];
        Assert.Equal("Overcoming Medication Reconciliation Challenges", first.Title);
        Assert.Equal(13, first.Keywords.Length);
        Assert.Equal("Patient Education", first.Keywords[^1]);
        Assert.Null(first.Pmid); // AN  - rayyan-264552525
        Assert.Empty(first.Authors);
    }

    [Fact]
    public void ScopusIssue1099_Asreview_BlankLinesInsideU3()
    {
        var r = SharedData.Import("ris/scopus_a2a3a4_asreview_issue1099.txt");
        Assert.Equal((7, 7, 0), (r.Read, r.Imported, r.Skipped));
        var first = r.Records[0];
        Assert.Equal("2-s2.0-85054091539", first.ScopusEid);
        Assert.Equal("10.15598/aeee.v16i3.2698", first.Doi);
        Assert.Equal(("Advances in Electrical and Electronic Engineering", "271-278"), (first.Journal, first.Pages));
        Assert.Equal("Scopus", first.SourceDatabase);
        Assert.Equal(RecordType.Book, r.Records[1].Type);
    }

    [Fact]
    public void Scopus_Asreview_HundredsOfReferenceLines()
    {
        var r = SharedData.Import("ris/scopus_asreview.ris");
        Assert.Equal((6, 6, 0), (r.Read, r.Imported, r.Skipped));
        var first = r.Records[0];
        Assert.Equal("Stress and the brain-gut axis in functional and chronic-inflammatory gastrointestinal diseases: A transdisciplinary challenge", first.Title);
        Assert.Equal<string>(["Labanski, A.", "Langhorst, J.", "Engler, H.", "Elsenbruch, S."], first.Authors);
        Assert.Equal("2-s2.0-85074596690", first.ScopusEid);
        Assert.Equal("Scopus", first.SourceDatabase);
        Assert.Equal(9, first.Keywords.Length);
    }

    [Fact]
    public void WosRis_Asreview_AccessionNumberIsTheUt()
    {
        var r = SharedData.Import("ris/wos_ris_asreview.txt");
        Assert.Equal((10, 10, 0), (r.Read, r.Imported, r.Skipped));
        var first = r.Records[0];
        Assert.Equal("WOS:000444108200009", first.WosUt);
        Assert.Equal("Web of Science", first.SourceDatabase);
        Assert.Equal("10.1016/j.jarmac.2018.03.001", first.Doi);
        Assert.Equal(("JOURNAL OF APPLIED RESEARCH IN MEMORY AND COGNITION", "7", "3", "387-397", 2018), (first.Journal, first.Volume, first.Issue, first.Pages, first.Year));
    }
}
