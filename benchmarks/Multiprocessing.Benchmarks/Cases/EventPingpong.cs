using System.Diagnostics;
using Multiprocessing.Benchmarks.Harness;

namespace Multiprocessing.Benchmarks.Cases;

/// <summary>
/// Round trips between the parent and a child over two <see cref="ProcessEvent"/>s: the parent sets <c>ping</c> and
/// waits for <c>pong</c>; the child waits for <c>ping</c>, clears it and sets <c>pong</c>. Starting the child and the
/// first round trip are not timed. Python peer: <c>benchmarks/python/event_pingpong.py</c>.
/// </summary>
internal sealed class EventPingpong : BenchmarkCase
{
    private const int Rounds = 2_000;

    public override string Name => "event_pingpong";

    public override string Unit => "us";

    public override Better Better => Better.Lower;

    public override string Description => $"one round trip between two processes over two ProcessEvents, mean over {Rounds:N0} rounds";

    protected override double MeasureOnce()
    {
        using var ping = new ProcessEvent();
        using var pong = new ProcessEvent();
        using var child = Process.Create(PingpongEntries.Answer, ping, pong, Rounds + 1);
        child.Start();
        RoundTrip(ping, pong);

        var stopwatch = Stopwatch.StartNew();
        for (int i = 0; i < Rounds; i++)
        {
            RoundTrip(ping, pong);
        }

        stopwatch.Stop();
        child.Join();
        if (child.ExitCode != 0)
        {
            throw new InvalidOperationException($"The ping-pong child {child.Pid} exited with {child.ExitCode}.");
        }

        return stopwatch.Elapsed.TotalMicroseconds / Rounds;
    }

    private static void RoundTrip(ProcessEvent ping, ProcessEvent pong)
    {
        ping.Set();
        pong.Wait();
        pong.Clear();
    }
}

internal static class PingpongEntries
{
    [ProcessEntry]
    public static void Answer(ProcessEvent ping, ProcessEvent pong, int rounds)
    {
        for (int i = 0; i < rounds; i++)
        {
            ping.Wait();
            ping.Clear();
            pong.Set();
        }
    }
}
