using Multiprocessing.Generator.Tests.Infrastructure;
using Xunit;

namespace Multiprocessing.Generator.Tests;

/// <summary>The interceptors generated for <see cref="ProcessPool"/> calls and <c>PoolInitializer.Create</c>.</summary>
public sealed class PoolSnapshotTests
{
    private static readonly SourceFile Work = new("Work.cs", """
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Multiprocessing;

        static class Work
        {
            [ProcessEntry]
            public static int Square(int x) => x * x;

            [ProcessEntry]
            public static long Add(int a, long b) => a + b;

            [ProcessEntry]
            public static string Describe(string name, List<int> values, double scale) => name;

            [ProcessEntry]
            public static void Log(string message) { }

            [ProcessEntry]
            public static Task<int> CountAsync(int limit) => Task.FromResult(limit);

            [ProcessEntry]
            public static Task FlushAsync() => Task.CompletedTask;

            [ProcessEntry]
            public static void Setup(string name, int level) { }

            [ProcessEntry]
            public static void SetupNothing() { }
        }
        """);

    [Fact]
    public void PoolApply() => Snapshot.VerifyPoolInterceptors(
    [
        Work,
        new("Program.cs", """
            using System.Collections.Generic;
            using Multiprocessing;

            using var pool = new ProcessPool(2);
            int nine = pool.Apply(Work.Square, 3);
            string text = pool.Apply(Work.Describe, "values", new List<int> { 1, 2 }, 0.5);
            pool.Apply(Work.Log, "done");
            int counted = pool.Apply(Work.CountAsync, 10);
            pool.Apply(Work.FlushAsync);
            """),
    ]);

    [Fact]
    public void PoolApplyAsyncWithCallbacks() => Snapshot.VerifyPoolInterceptors(
    [
        Work,
        new("Program.cs", """
            using System;
            using System.Threading;
            using Multiprocessing;

            using var pool = new ProcessPool(2);
            using var cancellation = new CancellationTokenSource();
            var square = pool.ApplyAsync(Work.Square, 4, callback: r => Console.WriteLine(r), errorCallback: e => Console.WriteLine(e.Message));
            var sum = pool.ApplyAsync(Work.Add, 1, 2L, cancellationToken: cancellation.Token);
            var log = pool.ApplyAsync(Work.Log, "hello", callback: () => Console.WriteLine("logged"));
            var count = pool.ApplyAsync(Work.CountAsync, 5);
            Console.WriteLine(square.Get() + sum.Get() + count.Get());
            log.Wait();
            """),
    ]);

    [Fact]
    public void PoolMap() => Snapshot.VerifyPoolInterceptors(
    [
        Work,
        new("Program.cs", """
            using System;
            using System.Linq;
            using Multiprocessing;

            using var pool = new ProcessPool(2);
            int[] squares = pool.Map(Work.Square, Enumerable.Range(0, 100));
            int[] chunked = pool.Map(Work.Square, new[] { 1, 2, 3 }, chunkSize: 2);
            var pending = pool.MapAsync(Work.Square, Enumerable.Range(0, 10), callback: all => Console.WriteLine(all.Length));
            int[] counts = pool.Map(Work.CountAsync, new[] { 1, 2 });
            Console.WriteLine(squares.Length + chunked.Length + pending.Get().Length + counts.Length);
            """),
    ]);

    [Fact]
    public void PoolImapAndImapUnordered() => Snapshot.VerifyPoolInterceptors(
    [
        Work,
        new("Program.cs", """
            using System;
            using System.Linq;
            using Multiprocessing;

            using var pool = new ProcessPool(2);
            foreach (int square in pool.Imap(Work.Square, Enumerable.Range(0, 10)))
            {
                Console.WriteLine(square);
            }

            await foreach (int square in pool.ImapUnordered(Work.Square, Enumerable.Range(0, 10), chunkSize: 3))
            {
                Console.WriteLine(square);
            }
            """),
    ]);

    [Fact]
    public void PoolStarmap() => Snapshot.VerifyPoolInterceptors(
    [
        Work,
        new("Program.cs", """
            using System;
            using System.Collections.Generic;
            using Multiprocessing;

            using var pool = new ProcessPool(2);
            long[] sums = pool.Starmap(Work.Add, [(1, 2L), (3, 4L)]);
            var described = pool.StarmapAsync(Work.Describe, new List<(string, List<int>, double)> { ("a", new List<int>(), 1.0) });
            Console.WriteLine(sums.Length + described.Get().Length);
            """),
    ]);

    [Fact]
    public void PoolInitializer() => Snapshot.VerifyPoolInterceptors(
    [
        Work,
        new("Program.cs", """
            using Multiprocessing;

            using var pool = new ProcessPool(new ProcessPoolOptions
            {
                Processes = 2,
                Initializer = Multiprocessing.PoolInitializer.Create(Work.Setup, "worker", 3),
                MaxTasksPerChild = 10,
            });
            using var plain = new ProcessPool(new ProcessPoolOptions { Initializer = Multiprocessing.PoolInitializer.Create(Work.SetupNothing) });
            pool.Apply(Work.Log, "ready");
            """),
    ]);
}
