using Multiprocessing.Generator.Tests.Infrastructure;
using Xunit;

namespace Multiprocessing.Generator.Tests;

/// <summary>The state capture generated for <c>partial</c> subclasses of <c>Multiprocessing.Process</c>.</summary>
public sealed class SubclassSnapshotTests
{
    [Fact]
    public void ProcessSubclassState() => Snapshot.Verify(
    [
        new("Downloader.cs", """
            using System;
            using System.Collections.Generic;
            using Multiprocessing;

            namespace Crawler;

            /// <summary>Downloads pages in a child process.</summary>
            public sealed partial class Downloader : Process
            {
                private int _attempts;
                private readonly List<string> _urls;
                private static int s_created;
                private const int MaxAttempts = 3;

                [NonSerialized]
                private object? _localCache;

                /// <summary>Creates a downloader for <paramref name="urls"/>.</summary>
                public Downloader(List<string> urls, string userAgent)
                {
                    _urls = urls;
                    UserAgent = userAgent;
                    s_created++;
                }

                /// <summary>Sent with every request; set once.</summary>
                public string UserAgent { get; }

                /// <summary>Seconds before a request gives up.</summary>
                public int TimeoutSeconds { get; init; } = 30;

                /// <summary>Where pages are written.</summary>
                public required string OutputDirectory { get; set; }

                /// <summary>Not an auto-property: no state of its own, so it does not travel.</summary>
                public int UrlCount => _urls.Count;

                /// <summary>Copied to the child even though only the parent writes it.</summary>
                public bool Verbose { get; set; }

                /// <inheritdoc/>
                protected override void Run()
                {
                    _localCache ??= new object();
                    _attempts = Math.Min(_attempts + 1, MaxAttempts);
                    Console.WriteLine($"{UserAgent} {TimeoutSeconds} {OutputDirectory} {Verbose} {_attempts} {UrlCount} {s_created}");
                }
            }
            """),
    ]);

    [Fact]
    public void NestedProcessSubclasses() => Snapshot.Verify(
    [
        new("Pipeline.cs", """
            using System.Threading.Tasks;
            using Multiprocessing;

            namespace Company.Pipeline
            {
                static partial class Stages
                {
                    internal partial class Loader : Process
                    {
                        internal string Source { get; set; } = "";

                        protected override Task RunAsync(System.Threading.CancellationToken cancellationToken) => Task.CompletedTask;
                    }

                    internal partial record Settings(int Width)
                    {
                        internal sealed partial class Resizer : Process
                        {
                            private int _width;

                            protected override void Run() => _width++;
                        }
                    }
                }
            }
            """),
        new("Global.cs", """
            using Multiprocessing;

            // In the global namespace and with no state: the capture writes nothing.
            sealed partial class Heartbeat : Process
            {
                protected override void Run() { }
            }
            """),
    ]);

    [Fact]
    public void SubclassAndEntriesShareTheTable() => Snapshot.Verify(
    [
        new("Worker.cs", """
            using Multiprocessing;

            namespace App;

            static class Worker
            {
                [ProcessEntry]
                public static int Square(int x) => x * x;
            }

            partial class Counter : Process
            {
                private int _count;

                protected override void Run() => _count++;
            }
            """),
        // A second part of the same class: found twice, emitted once.
        new("Counter.Part.cs", """
            namespace App;

            partial class Counter
            {
                internal int Step { get; set; } = 1;
            }
            """),
    ]);

    [Fact]
    public void AbstractBaseAndSubclassesOfSubclasses() => Snapshot.Verify(
    [
        new("Stages.cs", """
            using Multiprocessing;

            namespace Pipeline;

            /// <summary>A stage of a pipeline; never started itself.</summary>
            public abstract partial class Stage : Process
            {
                /// <summary>Shown in messages.</summary>
                protected string Label = "stage";
            }

            /// <summary>Loads a file.</summary>
            public partial class Loader : Stage
            {
                /// <summary>The file.</summary>
                public string Path { get; set; } = "";

                /// <inheritdoc/>
                protected override void Run() => System.Console.WriteLine($"{Label}: {Path}");
            }

            /// <summary>Loads a file and checks it.</summary>
            public sealed partial class CheckingLoader : Loader
            {
                /// <summary>How often to try.</summary>
                public int Retries { get; init; }

                /// <inheritdoc/>
                protected override void Run()
                {
                    base.Run();
                    System.Console.WriteLine(Retries);
                }
            }
            """),
    ]);
}
