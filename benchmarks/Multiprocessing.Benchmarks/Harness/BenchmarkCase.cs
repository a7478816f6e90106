using System.Diagnostics;

namespace Multiprocessing.Benchmarks.Harness;

/// <summary>Which direction of a figure is the good one.</summary>
internal enum Better
{
    Lower,
    Higher,
}

/// <summary>Settings shared by every case, from the command line.</summary>
internal sealed record BenchmarkOptions(int Runs, int Warmup);

/// <summary>What one case measured: the headline figure and the samples it came from.</summary>
internal sealed record CaseResult(double Value, IReadOnlyList<double> Samples);

/// <summary>
/// One benchmark. Its <see cref="Name"/> is also the name of its Python peer, <c>benchmarks/python/NAME.py</c>.
/// </summary>
/// <remarks>
/// The usual shape is a figure per repetition (<see cref="MeasureOnce"/>), repeated <see cref="BenchmarkOptions.Warmup"/>
/// times unrecorded, then <see cref="BenchmarkOptions.Runs"/> times recorded, reported as the median. A case that
/// measures differently (a throughput over a fixed time, say) overrides <see cref="Run"/>.
/// </remarks>
internal abstract class BenchmarkCase
{
    /// <summary>The case name, in snake_case: the <c>--case</c> argument and the Python script's name.</summary>
    public abstract string Name { get; }

    /// <summary>The unit of the figure: "ms", "us", "msg/s", "MB/s", ...</summary>
    public abstract string Unit { get; }

    /// <summary>Whether a lower or a higher figure is better.</summary>
    public abstract Better Better { get; }

    /// <summary>One line on what is measured, for <c>--list</c>.</summary>
    public abstract string Description { get; }

    /// <summary>One timed repetition, in <see cref="Unit"/>. Time only the operation itself, not its set-up.</summary>
    protected virtual double MeasureOnce() =>
        throw new NotImplementedException($"Case {Name} must override MeasureOnce or Run.");

    /// <summary>Runs the warm-ups and the recorded repetitions; the figure is the median of the recorded ones.</summary>
    public virtual CaseResult Run(BenchmarkOptions options)
    {
        for (int i = 0; i < options.Warmup; i++)
        {
            MeasureOnce();
        }

        var samples = new double[options.Runs];
        for (int i = 0; i < options.Runs; i++)
        {
            samples[i] = MeasureOnce();
        }

        return new CaseResult(Statistics.Median(samples), samples);
    }

    /// <summary>Milliseconds elapsed on a <see cref="Stopwatch"/>, as a fraction.</summary>
    protected static double Milliseconds(Stopwatch stopwatch) => stopwatch.Elapsed.TotalMilliseconds;
}
