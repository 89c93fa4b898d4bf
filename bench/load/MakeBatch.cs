#:property PublishAot=false
// Writes SYNTHETIC input for timing `metareview analyze --batch`: random, plausible-looking numbers from a fixed
// seed, for speed measurement only. They are not data from any study; never use them as an example or a test.
//
//   dotnet run bench/load/MakeBatch.cs -- OUT.jsonl [LINES] [--arms]
//
// LINES (default 100,000) small analyses, one JSON object per line (docs/json-output.md, "Batch input"), each with
// 5 to 20 studies (as issue 2 specifies), REML and HKSJ. By default a line gives "yi" and "vi" (log risk ratios); with --arms it gives
// "studies" with the arm-level columns of a continuous outcome (mean, SD and n per arm; measure MD), which the
// batch runner reads exactly as a CSV data file.
using System.Globalization;
using System.Text;

var arms = args.Contains("--arms");
var positional = args.Where(a => a != "--arms").ToArray();
if (positional.Length is < 1 or > 2)
{
    Console.Error.WriteLine("usage: dotnet run bench/load/MakeBatch.cs -- OUT.jsonl [LINES] [--arms]");
    return 2;
}

var lines = 100_000;
if (positional.Length == 2 && (!int.TryParse(positional[1], CultureInfo.InvariantCulture, out lines) || lines < 1))
{
    Console.Error.WriteLine($"MakeBatch: LINES must be a whole number >= 1, got '{positional[1]}'.");
    return 2;
}

var random = new Random(20261121);
double Uniform(double low, double high) => low + (high - low) * random.NextDouble();
double Gaussian() => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
string Number(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);

using var writer = new StreamWriter(positional[0], false, new UTF8Encoding(false));
var text = new StringBuilder();
for (var line = 1; line <= lines; line++)
{
    var k = random.Next(5, 21);
    text.Clear();
    text.Append(CultureInfo.InvariantCulture, $"{{\"id\":\"synthetic-{line:D6}\",\"tau2\":\"REML\",\"test\":\"knha\"");
    if (arms)
    {
        // Means around 30 points with SDs of 5 to 12 and 20 to 150 per arm (arms within 10% of each other), as on a
        // clinical rating scale.
        text.Append(",\"measure\":\"MD\",\"studies\":[");
        var effect = 2 + 2 * Gaussian();
        for (var i = 0; i < k; i++)
        {
            var meanC = 30 + 5 * Gaussian();
            var meanE = meanC + effect + 1.5 * Gaussian();
            var size = random.Next(20, 151);
            text.Append(i == 0 ? "" : ",")
                .Append(CultureInfo.InvariantCulture, $"{{\"study\":\"Synthetic {i + 1}\",\"mean_e\":{Number(meanE)},\"sd_e\":{Number(Uniform(5, 12))},\"n_e\":{size}")
                .Append(CultureInfo.InvariantCulture, $",\"mean_c\":{Number(meanC)},\"sd_c\":{Number(Uniform(5, 12))},\"n_c\":{size + random.Next(-size / 10, size / 10 + 1)}}}");
        }

        text.Append(']');
    }
    else
    {
        // Log risk ratios around -0.3 with tau² = 0.05 and sampling variances of 0.01 to 0.2.
        var vi = new double[k];
        var yi = new double[k];
        for (var i = 0; i < k; i++)
        {
            vi[i] = Uniform(0.01, 0.2);
            yi[i] = -0.3 + Math.Sqrt(0.05) * Gaussian() + Math.Sqrt(vi[i]) * Gaussian();
        }

        text.Append(",\"measure\":\"RR\",\"yi\":[").AppendJoin(',', yi.Select(Number))
            .Append("],\"vi\":[").AppendJoin(',', vi.Select(Number)).Append(']');
    }

    writer.WriteLine(text.Append('}'));
}

Console.WriteLine($"{positional[0]}: {lines} synthetic {(arms ? "arm-level (MD)" : "yi/vi (log RR)")} analyses, 5-20 studies each");
return 0;
