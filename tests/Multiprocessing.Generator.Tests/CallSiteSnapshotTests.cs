using Multiprocessing.Generator.Tests.Infrastructure;
using Xunit;

namespace Multiprocessing.Generator.Tests;

/// <summary>The interceptors generated for <c>Process.Create(entry, args...)</c> calls.</summary>
public sealed class CallSiteSnapshotTests
{
    private static readonly SourceFile Worker = new("Worker.cs", """
        using System.Collections.Generic;
        using System.Threading;
        using System.Threading.Tasks;
        using Multiprocessing;

        static class Worker
        {
            [ProcessEntry]
            public static void Log(string message) { }

            [ProcessEntry]
            public static void Ping() { }

            [ProcessEntry]
            public static int Square(int x) => x * x;

            [ProcessEntry]
            public static int Sum(List<int> values, Dictionary<string, int> weights, int[] extra) => values.Count;

            [ProcessEntry]
            public static Task DelayAsync(int milliseconds, CancellationToken cancellationToken) => Task.Delay(milliseconds, cancellationToken);

            [ProcessEntry]
            public static Task<int> CountAsync(int limit) => Task.FromResult(limit);

            [ProcessEntry]
            public static ValueTask<string> ReadAsync(string path, CancellationToken cancellationToken) => ValueTask.FromResult(path);

            [ProcessEntry]
            public static string Describe() => "worker";
        }
        """);

    [Fact]
    public void CreateWithMethodGroup() => Snapshot.VerifyInterceptors(
    [
        Worker,
        new("Program.cs", """
            using Multiprocessing;

            var log = Process.Create(Worker.Log, "starting");
            log.Start();
            log.Join();

            var ping = Process.Create(Worker.Ping);
            ping.Start();
            """),
    ]);

    [Fact]
    public void CreateWithDelegateCreation() => Snapshot.VerifyInterceptors(
    [
        Worker,
        new("Program.cs", """
            using System;
            using Multiprocessing;

            var log = Process.Create(new Action<string>(Worker.Log), "starting");
            var square = Process.Create(new Func<int, int>(Worker.Square), 3);
            log.Start();
            square.Start();
            """),
    ]);

    [Fact]
    public void CreateSameEntryManyTimes() => Snapshot.VerifyInterceptors(
    [
        Worker,
        new("Program.cs", """
            using System.Collections.Generic;
            using Multiprocessing;

            var processes = new List<Process>
            {
                Process.Create(Worker.Square, 1),
                Process.Create(Worker.Square, 2),
            };

            for (int i = 0; i < 3; i++)
            {
                processes.Add(Process.Create(Worker.Square, i));
            }

            processes.Add(Launcher.StartSquare(10));
            """),
        new("Launcher.cs", """
            using Multiprocessing;

            static class Launcher
            {
                public static Process<int> StartSquare(int x) => Process.Create(Worker.Square, x);
            }
            """),
    ]);

    [Fact]
    public void CreateEntriesReturningValues() => Snapshot.VerifyInterceptors(
    [
        Worker,
        new("Program.cs", """
            using System;
            using System.Collections.Generic;
            using Multiprocessing;

            Process<int> square = Process.Create(Worker.Square, 7);
            Process<int> sum = Process.Create(Worker.Sum, new List<int> { 1, 2 }, new Dictionary<string, int> { ["a"] = 1 }, new[] { 3, 4 });
            Process<int> count = Process.Create(Worker.CountAsync, 5);
            Process<string> read = Process.Create(Worker.ReadAsync, "/tmp/input");
            Process<string> describe = Process.Create(Worker.Describe);
            Process delay = Process.Create(Worker.DelayAsync, 100);
            Console.WriteLine($"{await square.Result} {await sum.Result} {await count.Result} {await read.Result} {await describe.Result}");
            delay.Start();
            """),
    ]);

    [Fact]
    public void CreateOverloadedEntries() => Snapshot.VerifyInterceptors(
    [
        new("Math.cs", """
            using Multiprocessing;

            namespace Numbers;

            static class Calculator
            {
                [ProcessEntry]
                public static int Add(int a, int b) => a + b;

                [ProcessEntry]
                public static long Add(long a, long b) => a + b;
            }

            static class Client
            {
                public static Process<int> AddInts() => Process.Create(Calculator.Add, 1, 2);

                public static Process<long> AddLongs() => Process.Create(Calculator.Add, 1L, 2L);
            }
            """),
    ]);

    [Fact]
    public void CreateEntryFromReferencedAssembly()
    {
        // The library's own build generates its table; the application intercepts the call and names the library.
        var library = GeneratorRunner.Run(TestCompilation.Create("WorkerLibrary", [], new SourceFile("Jobs.cs", """
            using Multiprocessing;

            namespace WorkerLibrary;

            /// <summary>Entries other assemblies start.</summary>
            public static class Jobs
            {
                /// <summary>Squares <paramref name="x"/>.</summary>
                [ProcessEntry]
                public static int Square(int x) => x * x;
            }
            """)));
        library.AssertCompilesCleanly();

        var application = GeneratorRunner.Run(TestCompilation.Create(
            "Application",
            [TestCompilation.EmitToReference(library.Output)],
            new SourceFile("Program.cs", """
                using Multiprocessing;
                using WorkerLibrary;

                var square = Process.Create(Jobs.Square, 4);
                square.Start();
                """)));

        // No entries of its own: the application has interceptors and an empty table, which tells the runtime that
        // this program starts processes and so must call the guard.
        Assert.Equal(["ProcessCreateInterceptors.g.cs", "ProcessEntryTable.g.cs"], application.Sources.Keys.Order());
        Snapshot.Verify(application);
    }
}
