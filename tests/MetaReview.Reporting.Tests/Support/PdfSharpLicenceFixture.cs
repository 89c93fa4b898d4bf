using System.Runtime.CompilerServices;
using PdfSharp;

namespace MetaReview.Reporting.Tests.Support;

/// <summary>
/// The tests run PDFsharp 6.5 (the only version the package mirror has) under its AGPL licence; the
/// library itself leaves the choice to the host application (see PdfRenderer).
/// </summary>
internal static class PdfSharpLicenceFixture
{
    [ModuleInitializer]
    internal static void UseAgplForTests() => PdfSharpLicense.SetAgplLicense();
}
