using Multiprocessing.Generator.Tests.Infrastructure;
using Xunit;

namespace Multiprocessing.Generator.Tests;

/// <summary>The dispatch table generated for <c>[ProcessEntry]</c> methods of every supported shape.</summary>
public sealed class EntrySnapshotTests
{
    [Fact]
    public void EntryReturnKinds() => Snapshot.Verify(
    [
        new("Worker.cs", """
            using System.Threading.Tasks;
            using Multiprocessing;

            static class Worker
            {
                [ProcessEntry]
                public static void Log(string message) { }

                [ProcessEntry]
                public static int Square(int x) => x * x;

                [ProcessEntry]
                public static string Greet(string name) => "hello " + name;

                [ProcessEntry]
                public static Task DelayAsync(int milliseconds) => Task.Delay(milliseconds);

                [ProcessEntry]
                public static async Task<int> CountAsync(int limit)
                {
                    await Task.Yield();
                    return limit;
                }

                [ProcessEntry]
                public static ValueTask FlushAsync() => ValueTask.CompletedTask;

                [ProcessEntry]
                public static ValueTask<string> ReadAsync(string path) => ValueTask.FromResult(path);
            }
            """),
    ]);

    [Fact]
    public void EntryWithCancellationToken() => Snapshot.Verify(
    [
        new("Worker.cs", """
            using System.Threading;
            using System.Threading.Tasks;
            using Multiprocessing;

            static class Worker
            {
                [ProcessEntry]
                public static void Spin(CancellationToken cancellationToken) { }

                [ProcessEntry]
                public static Task PollAsync(string queue, int intervalMilliseconds, CancellationToken cancellationToken) =>
                    Task.Delay(intervalMilliseconds, cancellationToken);

                [ProcessEntry]
                public static long Sum(int[] values, CancellationToken token)
                {
                    long sum = 0;
                    foreach (int value in values)
                    {
                        token.ThrowIfCancellationRequested();
                        sum += value;
                    }

                    return sum;
                }

                [ProcessEntry]
                public static ValueTask<int> WaitAsync(CancellationToken cancellationToken) => ValueTask.FromResult(1);
            }
            """),
    ]);

    [Fact]
    public void EntryParameterTypes() => Snapshot.Verify(
    [
        new("Model.cs", """
            using MemoryPack;

            namespace Shop;

            [MemoryPackable]
            internal partial record Order(int Id, string Customer, decimal Total);

            [MemoryPackable]
            internal partial class Basket
            {
                public string Owner { get; set; } = "";

                public int[] Items { get; set; } = [];
            }
            """),
        new("Worker.cs", """
            using System.Collections.Generic;
            using Multiprocessing;

            namespace Shop;

            static class Worker
            {
                [ProcessEntry]
                public static decimal Price(Order order, Basket basket, List<int> quantities, Dictionary<string, int> stock, string[] tags, double[][] matrix, string? note, int? limit) =>
                    order.Total;

                [ProcessEntry]
                public static Dictionary<string, List<Order>> Group(Order[] orders, (int Low, int High) range) => [];

                // A parameter named like the stub's own variable must not collide with it.
                [ProcessEntry]
                public static void Forward(string invocation, byte[] payload) { }
            }
            """),
    ]);

    [Fact]
    public void OverloadedEntries() => Snapshot.Verify(
    [
        new("Worker.cs", """
            using Multiprocessing;

            static class Worker
            {
                [ProcessEntry]
                public static int Add(int a, int b) => a + b;

                [ProcessEntry]
                public static long Add(long a, long b) => a + b;

                [ProcessEntry]
                public static string Add(string a, string b) => a + b;

                [ProcessEntry]
                public static int Add(int a) => a;
            }
            """),
    ]);

    [Fact]
    public void EntriesInNamespacesAndNestedTypes() => Snapshot.Verify(
    [
        new("Deep.cs", """
            using Multiprocessing;

            namespace Company.Product.Workers
            {
                namespace Inner
                {
                    static class Jobs
                    {
                        [ProcessEntry]
                        public static void Run(int id) { }

                        internal static class Nested
                        {
                            [ProcessEntry]
                            internal static int Run(int id) => id;

                            public static class Deeper
                            {
                                [ProcessEntry]
                                public static int Run(int id) => id;
                            }
                        }
                    }
                }
            }
            """),
        new("FileScoped.cs", """
            using Multiprocessing;

            namespace Company.Product;

            // The same simple names as above, in another namespace: ids and stub names must not collide.
            static class Jobs
            {
                [ProcessEntry]
                public static void Run(int id) { }
            }
            """),
        new("Global.cs", """
            using Multiprocessing;

            // A type in the global namespace.
            static class GlobalJobs
            {
                [ProcessEntry]
                internal static void Run() { }
            }
            """),
    ]);
}
