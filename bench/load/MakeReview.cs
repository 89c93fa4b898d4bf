#:property PublishAot=false
// Writes a SYNTHETIC review project for timing `metareview report` on a large review: random, plausible-looking
// arm-level continuous data from a fixed seed, for speed measurement only. It is not a review and its numbers are
// not data from any trial; the file says so at its top and in its title. Never commit it as an example.
//
//   dotnet run bench/load/MakeReview.cs -- DIR [STUDIES] [OUTCOMES]
//
// DIR/review.yaml gets STUDIES (default 200) two-arm RCTs, each with a dose category and a RoB 2 assessment, and
// OUTCOMES (default 10) continuous outcomes (MD and SMD in turn) with every study's data, each planned with
// subgroups by dose and the sensitivity analyses fixed-effect, leave-one-out and exclude-high-risk.
using System.Globalization;
using System.Text;

const string Marker = "# SYNTHETIC LOAD-TEST DATA";
if (args.Length is < 1 or > 3)
{
    Console.Error.WriteLine("usage: dotnet run bench/load/MakeReview.cs -- DIR [STUDIES] [OUTCOMES]");
    return 2;
}

var studies = Count(1, 200);
var outcomes = Count(2, 10);
if (studies < 2 || outcomes < 1)
{
    return 2;
}

var path = Path.Combine(args[0], "review.yaml");
if (File.Exists(path) && !File.ReadLines(path).First().StartsWith(Marker, StringComparison.Ordinal))
{
    Console.Error.WriteLine($"MakeReview: {path} exists and was not written by this script; refusing to overwrite it.");
    return 2;
}

var random = new Random(20261121);
double Uniform(double low, double high) => low + (high - low) * random.NextDouble();
double Gaussian() => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

string[] doses = ["low", "medium", "high"];
string[] rob = ["low", "low", "low", "low", "low", "low", "low", "low", "some-concerns", "some-concerns", "some-concerns", "high"];
var y = new StringBuilder();
y.AppendLine(CultureInfo.InvariantCulture, $"{Marker} written by bench/load/MakeReview.cs (seed 20261121): random numbers for timing");
y.AppendLine("# `metareview report`. Not a review and not data from any trial. Never commit it as an example.");
y.AppendLine("version: 1");
y.AppendLine(CultureInfo.InvariantCulture, $"title: \"SYNTHETIC load-test review ({studies} studies x {outcomes} outcomes): not real data\"");
y.AppendLine("question:");
y.AppendLine("  objective: Synthetic load test of the report (no real question)");
y.AppendLine("  population: Synthetic participants");
y.AppendLine("  intervention: Synthetic intervention");
y.AppendLine("  comparison: Synthetic control");
y.AppendLine("eligibility:");
y.AppendLine("  - {id: design, text: Randomised controlled trials}");
y.AppendLine("characteristics:");
y.AppendLine("  - {id: dose, name: Dose, values: [low, medium, high]}");
y.AppendLine("analysis: {model: random, tau2: REML}");
y.AppendLine("studies:");
var arms = new (int E, int C)[studies];
for (var s = 0; s < studies; s++)
{
    var size = random.Next(20, 151);
    arms[s] = (size, size + random.Next(-size / 10, size / 10 + 1));
    y.AppendLine(CultureInfo.InvariantCulture, $"  - id: s{s + 1:D3}");
    y.AppendLine(CultureInfo.InvariantCulture, $"    label: Synthetic {s + 1:D3}");
    y.AppendLine(CultureInfo.InvariantCulture, $"    citation: Synthetic load-test study {s + 1} (not a real study)");
    y.AppendLine("    design: rct");
    y.AppendLine("    arms:");
    y.AppendLine(CultureInfo.InvariantCulture, $"      - {{id: e, description: Synthetic intervention, n_randomised: {arms[s].E}}}");
    y.AppendLine(CultureInfo.InvariantCulture, $"      - {{id: c, description: Synthetic control, n_randomised: {arms[s].C}}}");
    y.AppendLine(CultureInfo.InvariantCulture, $"    characteristics: {{dose: {doses[random.Next(doses.Length)]}}}");
}

y.AppendLine("outcomes:");
for (var o = 0; o < outcomes; o++)
{
    // Each outcome: a rating scale with its own true effect, SDs of 5 to 12, some attrition from the randomised n.
    var effect = Uniform(-1, 4);
    var baseline = Uniform(20, 40);
    y.AppendLine(CultureInfo.InvariantCulture, $"  - id: o{o + 1:D2}");
    y.AppendLine(CultureInfo.InvariantCulture, $"    name: Synthetic outcome {o + 1}");
    y.AppendLine("    type: continuous");
    y.AppendLine(CultureInfo.InvariantCulture, $"    measure: {(o % 2 == 0 ? "MD" : "SMD")}");
    y.AppendLine("    direction: higher-is-better");
    y.AppendLine(CultureInfo.InvariantCulture, $"    time_point: {3 * (o % 4 + 1)} months");
    y.AppendLine("    unit: points");
    y.AppendLine("    analysis:");
    y.AppendLine("      subgroups: [dose]");
    y.AppendLine("      sensitivity: [fixed-effect, leave-one-out, exclude-high-risk]");
    y.AppendLine("    data:");
    for (var s = 0; s < studies; s++)
    {
        var meanC = baseline + 3 * Gaussian();
        var meanE = meanC + effect + 1.5 * Gaussian();
        var nE = arms[s].E - random.Next(0, arms[s].E / 10 + 1);
        var nC = arms[s].C - random.Next(0, arms[s].C / 10 + 1);
        y.AppendLine(CultureInfo.InvariantCulture, $"      - study: s{s + 1:D3}");
        y.AppendLine("        source: synthetic");
        y.AppendLine(CultureInfo.InvariantCulture, $"        experimental: {{arm: e, n: {nE}, mean: {Number(meanE)}, sd: {Number(Uniform(5, 12))}}}");
        y.AppendLine(CultureInfo.InvariantCulture, $"        control: {{arm: c, n: {nC}, mean: {Number(meanC)}, sd: {Number(Uniform(5, 12))}}}");
    }
}

y.AppendLine("risk_of_bias:");
y.AppendLine("  tool: rob2");
y.AppendLine("  assessments:");
for (var s = 0; s < studies; s++)
{
    var d = Enumerable.Range(0, 5).Select(_ => rob[random.Next(rob.Length)]).ToArray();
    y.AppendLine(CultureInfo.InvariantCulture, $"    - {{study: s{s + 1:D3}, domains: {{D1: {d[0]}, D2: {d[1]}, D3: {d[2]}, D4: {d[3]}, D5: {d[4]}}}}}");
}

Directory.CreateDirectory(args[0]);
File.WriteAllText(path, y.ToString(), new UTF8Encoding(false));
Console.WriteLine($"{path}: SYNTHETIC load-test review, {studies} studies x {outcomes} outcomes");
return 0;

int Count(int index, int fallback)
{
    if (args.Length <= index)
    {
        return fallback;
    }

    if (int.TryParse(args[index], CultureInfo.InvariantCulture, out var value) && value >= 1)
    {
        return value;
    }

    Console.Error.WriteLine($"MakeReview: argument {index + 1} must be a whole number >= 1, got '{args[index]}'.");
    return 0;
}
