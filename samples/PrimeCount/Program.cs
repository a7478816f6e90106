// A CPU-bound job split over a pool: count the primes below a limit, range by range, first in a plain loop in
// this process, then with ProcessPool.Map on every core, and print the speed-up:
//     with Pool() as pool:
//         total = sum(pool.map(count_primes, ranges))
// `--limit N` sets the limit (default 20,000,000); `--ranges N` the number of ranges (default 64).
using System.Diagnostics;
using System.Globalization;
using Multiprocessing;
using Process = Multiprocessing.Process;

ProcessGuard.Enter();

long limit = Option("--limit", 20_000_000);
int rangeCount = (int)Option("--ranges", 64);
var ranges = Enumerable.Range(0, rangeCount)
    .Select(i => (Start: limit * i / rangeCount, End: limit * (i + 1) / rangeCount))
    .ToArray();

var serial = Stopwatch.StartNew();
long serialTotal = ranges.Sum(range => Primes.Count(range.Start, range.End));
serial.Stop();
Console.WriteLine($"serial loop: {serialTotal} primes below {limit:N0} in {serial.Elapsed.TotalSeconds:F2} s");

using var pool = new ProcessPool();

// The workers start with the pool; warming them up keeps their start-up out of the comparison.
pool.Starmap(Primes.Count, [(0L, 1L)]);
var parallel = Stopwatch.StartNew();
long poolTotal = pool.Starmap(Primes.Count, ranges.Select(r => (r.Start, r.End)), chunkSize: 1).Sum();
parallel.Stop();
Console.WriteLine($"pool of {pool.Processes}: {poolTotal} primes below {limit:N0} in {parallel.Elapsed.TotalSeconds:F2} s");
Console.WriteLine($"speed-up: {serial.Elapsed / parallel.Elapsed:F2}x on {Process.CpuCount} cores");
return serialTotal == poolTotal ? 0 : 1;

long Option(string name, long fallback)
{
    int index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? long.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
}

static class Primes
{
    /// <summary>The primes in [start, end), by trial division: deliberately CPU-bound.</summary>
    [ProcessEntry]
    public static long Count(long start, long end)
    {
        long count = 0;
        for (long n = Math.Max(start, 2); n < end; n++)
        {
            if (IsPrime(n))
            {
                count++;
            }
        }

        return count;
    }

    private static bool IsPrime(long n)
    {
        if (n < 4)
        {
            return n >= 2;
        }

        if (n % 2 == 0)
        {
            return false;
        }

        for (long divisor = 3; divisor * divisor <= n; divisor += 2)
        {
            if (n % divisor == 0)
            {
                return false;
            }
        }

        return true;
    }
}
