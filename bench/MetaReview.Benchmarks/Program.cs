using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

namespace MetaReview.Benchmarks;

internal static class Program
{
    // The machine the numbers are recorded on is shared: under load, building the generated benchmark project can take
    // minutes, past BenchmarkDotNet's 2-minute default.
    private static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly)
        .Run(args, ManualConfig.Create(DefaultConfig.Instance).WithBuildTimeout(TimeSpan.FromMinutes(20)));
}
