using Multiprocessing.Generator.Tests.Infrastructure;
using Xunit;

namespace Multiprocessing.Generator.Tests;

/// <summary>
/// The parent and the child are the same build, but reproducible builds and reviewable diffs need more: the same
/// input gives the same text, whatever order the compiler sees the files in.
/// </summary>
public sealed class DeterminismTests
{
    private static readonly SourceFile[] Sources =
    [
        new("Program.cs", """
            using Multiprocessing;

            var a = Process.Create(Zeta.Work, 1);
            var b = Process.Create(Alpha.Work, "one");
            var c = Process.Create(Alpha.Work, 2);
            a.Start();
            b.Start();
            c.Start();
            """),
        new("Zeta.cs", """
            using Multiprocessing;

            static class Zeta
            {
                [ProcessEntry]
                public static void Work(int x) { }
            }

            partial class Zeta2 : Process
            {
                private string _name = "";

                protected override void Run() => _name += "!";
            }
            """),
        new("Alpha.cs", """
            using Multiprocessing;

            static class Alpha
            {
                [ProcessEntry]
                public static void Work(string text) { }

                [ProcessEntry]
                public static int Work(int x) => x;
            }

            partial class Alpha2 : Process
            {
                internal int Count { get; set; }

                protected override void Run() => Count++;
            }
            """),
        new("Launcher.cs", """
            using Multiprocessing;

            static class Launcher
            {
                public static Process<int> Start() => Process.Create(Alpha.Work, 3);
            }
            """),
    ];

    [Fact]
    public void FreshRunsGenerateIdenticalText()
    {
        var first = GeneratorRunner.Run(Sources);
        var second = GeneratorRunner.Run(Sources);

        first.AssertCompilesCleanly();
        Assert.Equal(4, first.Sources.Count);
        Assert.Equal(first.Sources, second.Sources);
    }

    [Fact]
    public void FileOrderDoesNotChangeTheText()
    {
        var forward = GeneratorRunner.Run(Sources);
        var backward = GeneratorRunner.Run(Sources.Reverse().ToArray());

        backward.AssertCompilesCleanly();
        Assert.Equal(forward.Sources.Keys, backward.Sources.Keys);
        foreach (string hintName in forward.Sources.Keys)
        {
            Assert.True(
                Snapshot.FirstDifference(forward.Sources[hintName], backward.Sources[hintName]) is null,
                $"{hintName} depends on file order: {Snapshot.FirstDifference(forward.Sources[hintName], backward.Sources[hintName])}");
        }
    }
}
