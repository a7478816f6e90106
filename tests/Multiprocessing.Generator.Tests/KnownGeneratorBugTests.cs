using Multiprocessing.Generator.Tests.Infrastructure;
using Xunit;

namespace Multiprocessing.Generator.Tests;

/// <summary>
/// Inputs the generator gets wrong today, each reduced to a few lines. They are skipped so that the suite stays
/// green; whoever fixes one removes its <c>Skip</c> (the assertion states what correct output looks like).
/// </summary>
public sealed class KnownGeneratorBugTests
{
    private const string Bug = "Known generator bug: ";

    [Fact]
    public void KeywordIdentifiersAreEscaped()
    {
        var output = GeneratorRunner.Run(new SourceFile("Keywords.cs", """
            using Multiprocessing;

            namespace @event
            {
                static class @class
                {
                    [ProcessEntry]
                    public static void @if(int @int) { }
                }

                partial class Worker : Process
                {
                    private int @default;

                    protected override void Run() => @default++;
                }
            }
            """));

        output.AssertCompilesCleanly();
        Assert.Contains("global::@event.@class.@if(", output.Source("ProcessEntryTable.g.cs"));
    }

    [Fact]
    public void SubclassWithPrimaryConstructor()
    {
        var output = GeneratorRunner.Run(new SourceFile("Worker.cs", """
            using Multiprocessing;

            partial class Worker(int count) : Process
            {
                private readonly int _count = count;

                protected override void Run() => System.Console.WriteLine(_count);
            }
            """));

        output.AssertCompilesCleanly();
    }

    [Fact]
    public void SubclassHintNamesAreUnique()
    {
        var output = GeneratorRunner.Run(new SourceFile("Workers.cs", """
            using Multiprocessing;

            namespace Ns
            {
                partial class A_B : Process
                {
                    protected override void Run() { }
                }

                partial class A
                {
                    internal partial class B : Process
                    {
                        protected override void Run() { }
                    }
                }
            }
            """));

        output.AssertCompilesCleanly();
        Assert.Equal(3, output.Sources.Count);
    }

    [Fact]
    public void FileLocalTypesAreSkipped()
    {
        var output = GeneratorRunner.Run(new SourceFile("Hidden.cs", """
            using Multiprocessing;

            file static class HiddenWorker
            {
                [ProcessEntry]
                public static void Work() { }
            }

            file partial class HiddenProcess : Process
            {
                protected override void Run() { }
            }
            """));

        output.AssertCompilesCleanly();
        Assert.Empty(output.Sources);
    }

    [Fact]
    public void ParametersNamedLikeTheStubVariable()
    {
        var output = GeneratorRunner.Run(new SourceFile("Worker.cs", """
            using Multiprocessing;

            static class Worker
            {
                [ProcessEntry]
                public static void Work(int invocation, int entryInvocation) { }
            }
            """));

        output.AssertCompilesCleanly();
    }

    [Fact]
    public void CallSiteInsideAGenericMethod()
    {
        var output = GeneratorRunner.Run(new SourceFile("Launcher.cs", """
            using Multiprocessing;

            static class Worker
            {
                [ProcessEntry]
                public static void Echo(object value) { }
            }

            static class Launcher
            {
                public static Process Start<T>(T value) where T : class => Process.Create(Worker.Echo, value);
            }
            """));

        output.AssertCompilesCleanly();
    }

    [Fact]
    public void ArgumentsAreWrittenAsTheEntryParameterTypes()
    {
        var output = GeneratorRunner.Run(new SourceFile("Shapes.cs", """
            using Multiprocessing;

            class Shape { }

            sealed class Circle : Shape { }

            static class Worker
            {
                [ProcessEntry]
                public static void Draw(Shape shape) { }

                public static Process Start() => Process.Create(Draw, new Circle());
            }
            """));

        output.AssertCompilesCleanly();
        Assert.Contains("Write<global::Shape>(", output.Source("ProcessCreateInterceptors.g.cs"));
    }

    [Fact]
    public void SubclassOfAGeneratedSubclassRunsItsOwnRun()
    {
        var output = GeneratorRunner.Run(new SourceFile("Workers.cs", """
            using Multiprocessing;

            partial class BaseWorker : Process
            {
                protected override void Run() { }
            }

            partial class DerivedWorker : BaseWorker
            {
                protected override void Run() { }
            }
            """));

        output.AssertCompilesCleanly();
        Assert.Contains("global::DerivedWorker.Run()", output.Source("ProcessEntryTable.g.cs"));
    }

    [Fact]
    public void AssemblyNameIsEscapedInDocumentation()
    {
        var output = GeneratorRunner.Run(TestCompilation.Create("R&D", [], new SourceFile("Worker.cs", """
            using Multiprocessing;

            static class Worker
            {
                [ProcessEntry]
                public static void Work() { }
            }
            """)));

        output.AssertCompilesCleanly();
    }
}
