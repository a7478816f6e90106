// The seed's manager example, as in Python's docs:
//     def f(l):
//         l.append(random.random())
//         print(l)
//     with Manager() as manager:
//         l = manager.list()
//         ps = [Process(target=f, args=(l,)) for _ in range(10)]
//         ...start and join them...
// Ten processes append to one list that lives in the manager's server process; each prints the list as it sees it.
using Multiprocessing;

ProcessGuard.Enter();

await using var manager = await Manager.StartAsync();
var numbers = manager.List<double>();

var children = Enumerable.Range(0, 10).Select(_ => Process.Create(Work.AppendRandom, numbers)).ToList();
children.ForEach(p => p.Start());
foreach (var child in children)
{
    await child.JoinAsync();
}

Console.WriteLine($"the manager's list has {numbers.Count} numbers: [{string.Join(", ", numbers.Snapshot().Select(n => n.ToString("F3")))}]");

static class Work
{
    [ProcessEntry]
    public static void AppendRandom(ListProxy<double> numbers)
    {
        numbers.Add(Random.Shared.NextDouble());
        Console.WriteLine($"[{string.Join(", ", numbers.Snapshot().Select(n => n.ToString("F3")))}]");
    }
}
