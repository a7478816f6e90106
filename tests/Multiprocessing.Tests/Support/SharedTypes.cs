namespace Multiprocessing.Tests;

/// <summary>A [Shared] class of every member shape the proxy tests call.</summary>
[Shared]
public sealed class Counter
{
    private readonly List<string> _log = [];

    public Counter()
    {
    }

    public Counter(int start, string name)
    {
        Value = start;
        Name = name;
    }

    public int Value { get; private set; }

    public string Name { get; set; } = "counter";

    public int Add(int amount) => Value += amount;

    public void Log(string line) => _log.Add(line);

    public List<string> Lines() => [.. _log];

    public async Task<int> AddLaterAsync(int amount, CancellationToken cancellationToken)
    {
        await Task.Delay(1, cancellationToken);
        return Add(amount);
    }

    public void Fail(string message) => throw new InvalidOperationException(message);

    public Counter Child(int start) => new(start, Name + "/child");

    public int Pid() => Environment.ProcessId;
}

/// <summary>The entries the manager tests start in real child processes.</summary>
public static class ManagerEntries
{
    [ProcessEntry]
    public static void AppendToList(ListProxy<int> list, int value) => list.Add(value);

    /// <summary>Increments <paramref name="key"/> <paramref name="times"/> times from each of <paramref name="threads"/> threads, each under the manager's lock.</summary>
    [ProcessEntry]
    public static void IncrementUnderLock(DictionaryProxy<string, int> counts, Proxy<ManagerLock> managerLock, string key, int threads, int times)
    {
        var workers = Enumerable.Range(0, threads).Select(_ => new Thread(() =>
        {
            for (int i = 0; i < times; i++)
            {
                using (managerLock.EnterScope())
                {
                    counts[key] = counts[key] + 1;
                }
            }
        })).ToList();
        workers.ForEach(t => t.Start());
        workers.ForEach(t => t.Join());
    }

    [ProcessEntry]
    public static int AddFromChild(Proxy<Counter> counter, int times)
    {
        int last = 0;
        for (int i = 0; i < times; i++)
        {
            last = counter.Add(1);
        }

        return last;
    }
}
