using System.Diagnostics;
using Multiprocessing.Benchmarks.Harness;

namespace Multiprocessing.Benchmarks.Cases;

/// <summary>
/// A child process appends to a manager's list: calls per second, timed inside the child (starting the manager and
/// the child are not timed). Python peer: <c>benchmarks/python/manager_list_append.py</c> (<c>manager.list()</c>).
/// </summary>
internal sealed class ManagerListAppend : BenchmarkCase
{
    private const int Appends = 20_000;

    public override string Name => "manager_list_append";

    public override string Unit => "calls/s";

    public override Better Better => Better.Higher;

    public override string Description => $"{Appends:N0} appends to a manager's list from a child process: calls per second";

    protected override double MeasureOnce()
    {
        using var manager = Manager.Start();
        var list = manager.List<int>();
        using var child = Process.Create(ManagerEntries.AppendMany, list, Appends);
        child.Start();
        double rate = child.Result.GetAwaiter().GetResult();
        if (list.Count != Appends)
        {
            throw new InvalidOperationException($"The list has {list.Count} items, not {Appends}.");
        }

        return rate;
    }
}

/// <summary>
/// Sets and gets one key of a manager's dictionary, alternately, from the benchmark's process: calls per second.
/// Python peer: <c>benchmarks/python/manager_dict_getset.py</c>.
/// </summary>
internal sealed class ManagerDictGetSet : BenchmarkCase
{
    private const int Pairs = 10_000;

    public override string Name => "manager_dict_getset";

    public override string Unit => "calls/s";

    public override Better Better => Better.Higher;

    public override string Description => $"{Pairs:N0} set + get pairs on a manager's dictionary: calls per second";

    protected override double MeasureOnce()
    {
        using var manager = Manager.Start();
        var dictionary = manager.Dictionary<string, int>();
        int sum = 0;
        var stopwatch = Stopwatch.StartNew();
        for (int i = 0; i < Pairs; i++)
        {
            dictionary["key"] = i;
            sum += dictionary["key"];
        }

        stopwatch.Stop();
        if (sum != Pairs * (Pairs - 1) / 2)
        {
            throw new InvalidOperationException("The dictionary returned other values than were set.");
        }

        return 2 * Pairs / stopwatch.Elapsed.TotalSeconds;
    }
}

/// <summary>
/// Calls a one-int method of a <c>[Shared]</c> class through its proxy: calls per second. Python peer:
/// <c>benchmarks/python/shared_custom_call.py</c> (a class registered on a <c>BaseManager</c>).
/// </summary>
internal sealed class SharedCustomCall : BenchmarkCase
{
    private const int Calls = 20_000;

    public override string Name => "shared_custom_call";

    public override string Unit => "calls/s";

    public override Better Better => Better.Higher;

    public override string Description => $"{Calls:N0} calls of Tally.Add(int) through a proxy: calls per second";

    protected override double MeasureOnce()
    {
        using var manager = Manager.Start();
        var tally = manager.CreateTally();
        var stopwatch = Stopwatch.StartNew();
        for (int i = 0; i < Calls; i++)
        {
            tally.Add(1);
        }

        stopwatch.Stop();
        if (tally.Total != Calls)
        {
            throw new InvalidOperationException($"The tally reached {tally.Total}, not {Calls}.");
        }

        return Calls / stopwatch.Elapsed.TotalSeconds;
    }
}

/// <summary>The one-int [Shared] class of <see cref="SharedCustomCall"/>.</summary>
[Shared]
public sealed class Tally
{
    /// <summary>The sum so far.</summary>
    public int Total { get; private set; }

    /// <summary>Adds <paramref name="amount"/> and returns the new total.</summary>
    public int Add(int amount) => Total += amount;
}

/// <summary>The child side of <see cref="ManagerListAppend"/>.</summary>
public static class ManagerEntries
{
    /// <summary>Appends <paramref name="appends"/> numbers and returns the calls per second it saw.</summary>
    [ProcessEntry]
    public static double AppendMany(ListProxy<int> list, int appends)
    {
        list.Add(-1);
        list.RemoveAt(0);
        var stopwatch = Stopwatch.StartNew();
        for (int i = 0; i < appends; i++)
        {
            list.Add(i);
        }

        return appends / stopwatch.Elapsed.TotalSeconds;
    }
}
