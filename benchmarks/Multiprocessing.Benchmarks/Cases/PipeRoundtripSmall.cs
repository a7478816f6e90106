using System.Diagnostics;
using Multiprocessing.Benchmarks.Harness;

namespace Multiprocessing.Benchmarks.Cases;

/// <summary>
/// Round trips of an int between the parent and a child over a duplex <see cref="Pipe"/>: the parent sends a
/// number and receives the child's answer (the number plus one). Starting the child and the first round trip are not
/// timed. Python peer: <c>benchmarks/python/pipe_roundtrip_small.py</c>.
/// </summary>
internal sealed class PipeRoundtripSmall : BenchmarkCase
{
    private const int Rounds = 5_000;

    public override string Name => "pipe_roundtrip_small";

    public override string Unit => "us";

    public override Better Better => Better.Lower;

    public override string Description => $"one round trip of an int between two processes over a Pipe, mean over {Rounds:N0} rounds";

    protected override double MeasureOnce()
    {
        var (parentEnd, childEnd) = Pipe.Create();
        using (parentEnd)
        {
            using var child = Process.Create(PipeEntries.AnswerPlusOne, childEnd);
            child.Start();
            childEnd.Close();
            int value = RoundTrip(parentEnd, 0);

            var stopwatch = Stopwatch.StartNew();
            for (int i = 0; i < Rounds; i++)
            {
                value = RoundTrip(parentEnd, value);
            }

            stopwatch.Stop();
            parentEnd.Close();
            child.Join();
            if (child.ExitCode != 0 || value != Rounds + 1)
            {
                throw new InvalidOperationException($"The pipe child {child.Pid} exited with {child.ExitCode} after answering up to {value}.");
            }

            return stopwatch.Elapsed.TotalMicroseconds / Rounds;
        }
    }

    private static int RoundTrip(Connection connection, int value)
    {
        connection.Send(value);
        return connection.Receive<int>();
    }
}

internal static class PipeEntries
{
    /// <summary>Answers each number with the next one until the parent closes its end.</summary>
    [ProcessEntry]
    public static void AnswerPlusOne(Connection connection)
    {
        try
        {
            while (true)
            {
                connection.Send(connection.Receive<int>() + 1);
            }
        }
        catch (ConnectionClosedException)
        {
        }
    }
}
