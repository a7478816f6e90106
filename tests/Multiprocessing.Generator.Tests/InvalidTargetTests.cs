using Multiprocessing.Generator.Tests.Infrastructure;
using Xunit;

namespace Multiprocessing.Generator.Tests;

/// <summary>
/// Targets the generator must skip silently (the analyzers explain why): no table entry, no interceptor, and the
/// program still compiles. Each input also has a valid entry called once, so that an empty output cannot pass for
/// a correct one.
/// </summary>
public sealed class InvalidTargetTests
{
    private const string Control = """
        using Multiprocessing;

        static class Control
        {
            [ProcessEntry]
            public static void Ping() { }

            public static Process Start() => Process.Create(Ping);
        }
        """;

    [Fact]
    public void LambdaPassedToCreate() => AssertOnlyControl("""
        using System;
        using Multiprocessing;

        static class Launcher
        {
            public static Process Start() => Process.Create((int x) => Console.WriteLine(x), 5);

            public static Process StartParameterless() => Process.Create(() => Console.WriteLine("lambda"));
        }
        """);

    [Fact]
    public void NonStaticEntry() => AssertOnlyControl("""
        using Multiprocessing;

        sealed class Worker
        {
            [ProcessEntry]
            public void Work(int x) { }

            public static Process Start() => Process.Create(new Worker().Work, 5);
        }
        """);

    [Fact]
    public void GenericEntry() => AssertOnlyControl("""
        using Multiprocessing;

        static class Worker
        {
            [ProcessEntry]
            public static void Work<T>(T value) { }

            public static Process Start() => Process.Create(Work<int>, 5);
        }
        """);

    [Fact]
    public void PrivateEntry() => AssertOnlyControl("""
        using Multiprocessing;

        static class Worker
        {
            [ProcessEntry]
            private static void Work(int x) { }

            public static Process Start() => Process.Create(Work, 5);
        }
        """);

    [Fact]
    public void EntryInPrivateNestedType() => AssertOnlyControl("""
        using Multiprocessing;

        static class Outer
        {
            private static class Worker
            {
                [ProcessEntry]
                public static void Work(int x) { }
            }

            public static Process Start() => Process.Create(Worker.Work, 5);
        }
        """);

    [Fact]
    public void EntryInGenericClass() => AssertOnlyControl("""
        using Multiprocessing;

        static class Worker<T>
        {
            [ProcessEntry]
            public static void Work(int x) { }
        }

        static class Launcher
        {
            public static Process Start() => Process.Create(Worker<string>.Work, 5);
        }
        """);

    [Fact]
    public void LocalFunctionEntry() => AssertOnlyControl("""
        using Multiprocessing;

        static class Launcher
        {
            public static Process Start()
            {
                return Process.Create(Work, 5);

                [ProcessEntry]
                static void Work(int x) { }
            }
        }
        """);

    [Fact]
    public void RefParameterEntry() => AssertOnlyControl("""
        using Multiprocessing;

        static class Worker
        {
            [ProcessEntry]
            public static void Work(ref int x) { }

            [ProcessEntry]
            public static void Read(in long x) { }
        }
        """);

    [Fact]
    public void CancellationTokenNotLast() => AssertOnlyControl("""
        using System.Threading;
        using Multiprocessing;

        static class Worker
        {
            [ProcessEntry]
            public static void Work(CancellationToken cancellationToken, int x) { }
        }
        """);

    [Fact]
    public void MethodWithoutAttributePassedToCreate() => AssertOnlyControl("""
        using System;
        using Multiprocessing;

        static class Worker
        {
            public static void Work(int x) { }

            public static Process Start() => Process.Create(Work, 5);

            public static Process StartThroughDelegate()
            {
                Action<int> target = Work;
                return Process.Create(target, 5);
            }
        }
        """);

    [Fact]
    public void DelegateVariablePassedToCreate() => AssertOnlyControl("""
        using System;
        using Multiprocessing;

        static class Worker
        {
            [ProcessEntry]
            public static void Work(int x) { }
        }

        static class Launcher
        {
            public static Process Start(Action<int> target) => Process.Create(target, 5);
        }
        """, allowedEntries: ["Work"]);

    [Fact]
    public void CreateMethodsThatAreNotTheRuntimes() => AssertOnlyControl("""
        using System;
        using Multiprocessing;

        static class Worker
        {
            [ProcessEntry]
            public static void Work(int x) { }
        }

        static class Factory
        {
            public static object Create(Action<int> target, int x) => target;

            public static object Make() => Create(Worker.Work, 5);

            public static object MakeQualified() => Factory.Create(Worker.Work, 5);
        }
        """, allowedEntries: ["Work"]);

    [Fact]
    public void SubclassesThatCannotCarryState() => AssertOnlyControl("""
        using Multiprocessing;

        // Not partial: the generator cannot add to it.
        sealed class NotPartial : Process
        {
            protected override void Run() { }
        }

        // Abstract but not partial.
        abstract class Abstract : Process
        {
        }

        partial class Generic<T> : Process
        {
            protected override void Run() { }
        }

        partial class Outer
        {
            private partial class PrivateNested : Process
            {
                protected override void Run() { }
            }
        }

        class NotPartialOuter
        {
            internal partial class Nested : Process
            {
                protected override void Run() { }
            }
        }

        // Partial with a base list, but not a process.
        partial class Unrelated : System.Exception
        {
        }
        """);

    /// <summary>
    /// Requires that the generated table holds the control entry (plus <paramref name="allowedEntries"/>, valid
    /// entries that are only called in invalid ways) and nothing else, that the only interceptor is the control's, and
    /// that the output compiles cleanly.
    /// </summary>
    private static void AssertOnlyControl(string source, string[]? allowedEntries = null)
    {
        var output = GeneratorRunner.Run(new SourceFile("Control.cs", Control), new SourceFile("Input.cs", source));
        output.AssertCompilesCleanly();

        Assert.Equal(["ProcessCreateInterceptors.g.cs", "ProcessEntryTable.g.cs"], output.Sources.Keys);

        string table = output.Source("ProcessEntryTable.g.cs");
        var tableEntries = table.Split('\n').Where(line => line.Contains(" => ") && line.Contains("// global::")).ToList();
        var expectedEntries = new[] { "Ping" }.Concat(allowedEntries ?? []).Order(StringComparer.Ordinal);
        Assert.Equal(expectedEntries, tableEntries.Select(MethodNameInComment).Order(StringComparer.Ordinal));

        string interceptors = output.Source("ProcessCreateInterceptors.g.cs");
        var attributes = interceptors.Split('\n').Where(line => line.Contains("[global::System.Runtime.CompilerServices.InterceptsLocation(")).ToList();
        Assert.Single(attributes);
        Assert.Contains("// Control.cs(", attributes[0]);
    }

    // "0x...UL => Control_Ping, // global::Control.Ping()" -> "Ping"
    private static string MethodNameInComment(string line)
    {
        string signature = line[(line.IndexOf("// global::", StringComparison.Ordinal) + 3)..];
        string qualifiedName = signature[..signature.IndexOf('(')];
        return qualifiedName[(qualifiedName.LastIndexOf('.') + 1)..];
    }
}
