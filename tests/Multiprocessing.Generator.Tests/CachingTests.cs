using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Multiprocessing.Generator.Tests.Infrastructure;
using Xunit;

namespace Multiprocessing.Generator.Tests;

/// <summary>
/// The pipeline's caching contract: an edit that touches no entry, subclass or call site re-emits nothing, and no
/// step's output holds a compilation, a symbol or a syntax node.
/// </summary>
public sealed class CachingTests
{
    private static readonly SourceFile Program = new("Program.cs", """
        using Multiprocessing;

        var square = Process.Create(Worker.Square, 5);
        var greet = Process.Create(Worker.Greet, "world");
        var counter = new Counter();
        square.Start();
        greet.Start();
        counter.Start();
        using var pool = new ProcessPool(2);
        var squares = pool.Map(Worker.Square, new[] { 1, 2 });
        """);

    private static readonly SourceFile Worker = new("Worker.cs", """
        using Multiprocessing;

        static class Worker
        {
            [ProcessEntry]
            public static int Square(int x) => Helper(x) * x;

            [ProcessEntry]
            public static string Greet(string name) => "hello " + name;

            private static int Helper(int x) => x;
        }
        """);

    private static readonly SourceFile Counter = new("Counter.cs", """
        using Multiprocessing;

        partial class Counter : Process
        {
            private int _count;

            protected override void Run() => _count++;
        }
        """);

    private static readonly SourceFile Tally = new("Tally.cs", """
        using Multiprocessing;

        [Shared]
        public sealed class Tally
        {
            public int Total { get; private set; }

            public int Add(int amount) => Total += amount;
        }
        """);

    private static readonly string[] AllTrackingNames = typeof(TrackingNames)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(field => field.IsLiteral)
        .Select(field => (string)field.GetRawConstantValue()!)
        .Order(StringComparer.Ordinal)
        .ToArray();

    private static readonly IncrementalStepRunReason[] NothingNew = [IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged];

    [Fact]
    public void AddingAnUnrelatedFileKeepsEveryStepCached()
    {
        var (first, second) = RunTwice(compilation => compilation.AddSyntaxTrees(TestCompilation.Parse(new("Unrelated.cs", """
            static class Unrelated
            {
                public static int Twice(int x) => 2 * x;
            }
            """))));

        AssertEveryStepRan(first);
        AssertSteps(second, AllTrackingNames, NothingNew);
        AssertNothingReEmitted(second);
    }

    [Fact]
    public void EditingAnUnrelatedMethodBodyKeepsEveryStepCached()
    {
        var (first, second) = RunTwice(compilation => Edit(compilation, Worker, "private static int Helper(int x) => x;", "private static int Helper(int x) => x + 1;"));

        AssertEveryStepRan(first);
        AssertSteps(second, AllTrackingNames, NothingNew);
        AssertNothingReEmitted(second);
    }

    [Fact]
    public void EditingTheBodyOfAnEntryReEmitsNothing()
    {
        // An entry's spec is its signature: editing what it does, the commonest edit of all, changes no spec.
        var (first, second) = RunTwice(compilation => Edit(compilation, Worker, "=> \"hello \" + name;", "=> \"hi \" + name;"));

        AssertEveryStepRan(first);
        AssertSteps(second, AllTrackingNames, NothingNew);
        AssertNothingReEmitted(second);
    }

    [Fact]
    public void EditingTheFileOfACallSiteReEmitsOnlyTheInterceptors()
    {
        // An interceptable location is a checksum of its file plus a position: any edit there moves the call sites.
        var (_, second) = RunTwice(compilation => Edit(compilation, Program, "counter.Start();", "counter.Start();\nSystem.Console.WriteLine();"));

        AssertSteps(second, [TrackingNames.AssemblyName, TrackingNames.Entries, TrackingNames.Subclasses, TrackingNames.DistinctSubclasses, TrackingNames.DispatchTable], NothingNew);
        AssertSteps(second, [TrackingNames.CallSites, TrackingNames.Interceptors], [IncrementalStepRunReason.Modified]);
    }

    [Fact]
    public void AddingAnEntryIsSeen()
    {
        // The other tests pass only if the harness can also see a change: here it must.
        var (_, second) = RunTwice(compilation => Edit(
            compilation,
            Worker,
            "private static int Helper",
            "[ProcessEntry]\n    public static int Cube(int x) => x * x * x;\n\n    private static int Helper"));

        Assert.Contains(Outputs(second, TrackingNames.Entries), output => output.Reason == IncrementalStepRunReason.New);
        Assert.Contains(Outputs(second, TrackingNames.DispatchTable), output => output.Reason == IncrementalStepRunReason.Modified);
        AssertSteps(second, [TrackingNames.Subclasses, TrackingNames.CallSites, TrackingNames.Interceptors], NothingNew);
        Assert.Contains("Cube", second.GeneratedSources.Single(source => source.HintName == "ProcessEntryTable.g.cs").SourceText.ToString());
    }

    [Fact]
    public void StepOutputsHoldNoRoslynObjects()
    {
        // Two runs, the second after an edit, so that the outputs include values computed afresh and values kept.
        var (first, second) = RunTwice(compilation => Edit(compilation, Worker, "=> x;", "=> x - 1;"));

        var problems = new List<string>();
        foreach (var run in new[] { first, second })
        {
            foreach (string name in AllTrackingNames)
            {
                int index = 0;
                foreach (var (value, _) in Outputs(run, name))
                {
                    if (StepRetention.FindForbidden(value, $"{name}[{index++}]") is { } path)
                    {
                        problems.Add(path);
                    }
                }
            }
        }

        Assert.True(problems.Count == 0, "Pipeline outputs reach Roslyn objects:\n" + string.Join("\n", problems));
    }

    [Fact]
    public void RetentionWalkFindsNestedRoslynObjects()
    {
        // The walk itself must see through records, tuples, arrays and private fields, or the test above proves nothing.
        var tree = CSharpSyntaxTree.ParseText("class C { }");
        var nested = (Name: "x", Items: new object[] { 1, new Holder(new Holder(tree.GetRoot())) });

        Assert.NotNull(StepRetention.FindForbidden(nested, "value"));
        Assert.NotNull(StepRetention.FindForbidden(new Holder(tree.GetRoot().GetLocation()), "value"));
        Assert.Null(StepRetention.FindForbidden(new Holder((1, "text", new[] { 2.0 })), "value"));
    }

    private sealed class Holder(object inner)
    {
        private readonly object _inner = inner;

        public override string ToString() => _inner.ToString() ?? string.Empty;
    }

    private static (GeneratorRunResult First, GeneratorRunResult Second) RunTwice(Func<CSharpCompilation, CSharpCompilation> edit)
    {
        var compilation = TestCompilation.Create(Program, Worker, Counter, Tally);
        GeneratorRunner.AssertInputCompiles(compilation);
        var driver = GeneratorRunner.CreateDriver().RunGenerators(compilation);
        var first = driver.GetRunResult().Results.Single();

        var edited = edit(compilation);
        GeneratorRunner.AssertInputCompiles(edited);
        var second = driver.RunGenerators(edited).GetRunResult().Results.Single();
        return (first, second);
    }

    private static CSharpCompilation Edit(CSharpCompilation compilation, SourceFile file, string oldText, string newText)
    {
        Assert.Contains(oldText, file.Text);
        var tree = compilation.SyntaxTrees.Single(t => t.FilePath == file.Path);
        return compilation.ReplaceSyntaxTree(tree, TestCompilation.Parse(file with { Text = file.Text.Replace(oldText, newText) }));
    }

    private static IEnumerable<(object Value, IncrementalStepRunReason Reason)> Outputs(GeneratorRunResult run, string name) =>
        run.TrackedSteps.TryGetValue(name, out var steps) ? steps.SelectMany(step => step.Outputs) : [];

    /// <summary>Every named step ran and produced something, so that the assertions on its reasons are not vacuous.</summary>
    private static void AssertEveryStepRan(GeneratorRunResult run)
    {
        Assert.Equal(AllTrackingNames, run.TrackedSteps.Keys.Intersect(AllTrackingNames).Order(StringComparer.Ordinal));
        foreach (string name in AllTrackingNames)
        {
            Assert.True(Outputs(run, name).Any(), $"Step {name} produced no output, so its caching is not tested.");
        }
    }

    private static void AssertSteps(GeneratorRunResult run, string[] names, IncrementalStepRunReason[] allowed)
    {
        var wrong = new List<string>();
        foreach (string name in names)
        {
            var outputs = Outputs(run, name).ToList();
            Assert.True(outputs.Count > 0, $"Step {name} has no output in this run.");
            wrong.AddRange(outputs.Where(output => !allowed.Contains(output.Reason)).Select(output => $"{name}: {output.Reason} {output.Value}"));
        }

        Assert.True(wrong.Count == 0, $"Expected only {string.Join("/", allowed)} outputs, got:\n" + string.Join("\n", wrong));
    }

    private static void AssertNothingReEmitted(GeneratorRunResult run)
    {
        var reEmitted = run.TrackedOutputSteps
            .SelectMany(pair => pair.Value.SelectMany(step => step.Outputs).Select(output => (Step: pair.Key, output.Reason)))
            .Where(output => output.Reason != IncrementalStepRunReason.Cached)
            .ToList();
        Assert.True(reEmitted.Count == 0, "Source outputs ran again: " + string.Join(", ", reEmitted));
    }
}
