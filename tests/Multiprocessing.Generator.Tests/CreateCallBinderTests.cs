using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Multiprocessing.Generator.Parsing;
using Multiprocessing.Generator.Support;
using Multiprocessing.Generator.Tests.Infrastructure;
using Xunit;

namespace Multiprocessing.Generator.Tests;

/// <summary>
/// <see cref="CreateCallBinder"/> finds a <c>Process.Create</c> call's overload and entry without binding the call;
/// binding the call (<see cref="CallSiteParser.BindCall"/>) is the reference. On every call named <c>Create</c> below,
/// each in a form users write, the binder must either agree with the reference exactly (nullability included, since an
/// interceptor whose nullability differs from the call's is a warning), leave the call to it, or reject a call that
/// is not <c>Process.Create</c>.
/// </summary>
public sealed class CreateCallBinderTests
{
    private static readonly SourceFile Worker = new("Worker.cs", """
        using System.Collections.Generic;
        using System.Threading;
        using System.Threading.Tasks;
        using Multiprocessing;

        public class Animal { }

        public sealed class Cat : Animal { }

        static class Worker
        {
            [ProcessEntry] public static void Ping() { }
            [ProcessEntry] public static int Square(int x) => x * x;
            [ProcessEntry] public static long Numbers(long x, uint y, ulong z, double d, float f, decimal m) => x;
            [ProcessEntry] public static char Flag(char c, bool b) => c;
            [ProcessEntry] public static string Greet(string name) => name;
            [ProcessEntry] public static string? Maybe(string? name) => name;
            [ProcessEntry] public static int Count(List<string?> names, int[] extra, Dictionary<string, int> weights) => names.Count;
            [ProcessEntry] public static int Pair((int Id, string Name) pair) => pair.Id;
            [ProcessEntry] public static int Optional(int? value) => value ?? 0;
            [ProcessEntry] public static void Feed(Animal animal) { }
            [ProcessEntry] public static Task DelayAsync(int milliseconds, CancellationToken cancellationToken) => Task.Delay(milliseconds, cancellationToken);
            [ProcessEntry] public static Task<int> CountAsync(int limit) => Task.FromResult(limit);
            [ProcessEntry] public static ValueTask<string> ReadAsync(string path, CancellationToken cancellationToken) => ValueTask.FromResult(path);
            [ProcessEntry] public static ValueTask WaitAsync() => default;
            [ProcessEntry] public static int Twice(int x) => 2 * x;
            [ProcessEntry] public static int Twice(long x) => (int)(2 * x);
            public static int NotAnEntry(int x) => x;
        }
        """);

    private static readonly SourceFile Calls = new("Calls.cs", """
        using System;
        using System.Collections.Generic;
        using System.Collections.Immutable;
        using System.IO;
        using System.Threading;
        using Multiprocessing;
        using P = Multiprocessing.Process;
        using static Multiprocessing.Process;

        partial class Spawner : Process
        {
            protected override void Run() { }

            private static readonly string Field = "field";

            public static void Calls(string name, string? maybe, Cat cat, Animal animal, CancellationToken token, Process process)
            {
                var local = "local";
                int number = 3;
                var names = new List<string?> { "a", null };
                Process.Create(Worker.Ping);
                Process.Create(Worker.Square, 5);
                Process.Create(Worker.Square, number);
                Process.Create(Worker.Square, number + 1);
                Process.Create(Worker.Numbers, 1L, 2u, 3UL, 4.0, 5f, 6m);
                Process.Create(Worker.Flag, 'c', true);
                Process.Create(Worker.Greet, "literal");
                Process.Create(Worker.Greet, $"interpolated {number}");
                Process.Create(Worker.Greet, name);
                Process.Create(Worker.Greet, local);
                Process.Create(Worker.Greet, Field);
                Process.Create(Worker.Maybe, maybe);
                Process.Create(Worker.Maybe, "not null");
                Process.Create(Worker.Count, names, new[] { 1, 2 }, new Dictionary<string, int>());
                Process.Create(Worker.Pair, (1, "one"));
                Process.Create(Worker.Optional, (int?)number);
                Process.Create(Worker.Feed, animal);
                Process.Create(Worker.Feed, cat);
                Process.Create(Worker.DelayAsync, 10);
                Process.Create(Worker.DelayAsync, 10, token);
                Process.Create(Worker.CountAsync, 7);
                Process.Create(Worker.ReadAsync, "path");
                Process.Create(Worker.WaitAsync);
                Process.Create(Worker.Twice, 4);
                Process.Create(Worker.Twice, 4L);
                Process.Create(new Func<int, int>(Worker.Square), 5);
                Process.Create(target: Worker.Square, arg1: 5);
                Process.Create<int, int>(Worker.Square, 5);
                Multiprocessing.Process.Create(Worker.Square, 5);
                global::Multiprocessing.Process.Create(Worker.Square, 5);
                P.Create(Worker.Greet, "alias");
                Create(Worker.Square, 6);
                Spawner.Create(Worker.Square, 7);

                File.Create("not a process");
                ImmutableArray.Create(1, 2);
                Factory.Create(Worker.Square, 5);
                new Factory().Create(1);
                Tuple.Create(1, "one");
            }
        }

        sealed class Factory
        {
            public static int Create(Func<int, int> target, int value) => target(value);

            public int Create(int value) => value;
        }
        """);

    [Fact]
    public void AgreesWithBindingTheCallOrLeavesTheCallToIt()
    {
        var compilation = TestCompilation.Create(Worker, Calls);
        var tree = compilation.SyntaxTrees.Single(t => t.FilePath.EndsWith("Calls.cs", StringComparison.Ordinal));
        var model = compilation.GetSemanticModel(tree);
        var outcomes = new Dictionary<CreateCallKind, int>();
        var failures = new List<string>();
        foreach (var invocation in tree.GetRoot().DescendantNodes().OfType<InvocationExpressionSyntax>().Where(CallSiteParser.IsCandidate))
        {
            var (kind, create, target) = CreateCallBinder.Bind(model, invocation, CancellationToken.None);
            var reference = CallSiteParser.BindCall(model, invocation, CancellationToken.None);
            bool isProcessCreate = reference is { } bound && CallSiteParser.IsRuntimeCreate(bound.Create);
            outcomes[kind] = outcomes.GetValueOrDefault(kind) + 1;
            string call = invocation.ToString();
            switch (kind)
            {
                case CreateCallKind.NotProcessCreate when isProcessCreate:
                    failures.Add($"{call}: rejected, but it binds to {Display(reference!.Value.Create)}");
                    break;
                case CreateCallKind.Bound when !isProcessCreate:
                    failures.Add($"{call}: found {Display(create!)}, but the call binds to {(reference is { } other ? Display(other.Create) : "nothing")}");
                    break;
                case CreateCallKind.Bound when Display(create!) != Display(reference!.Value.Create)
                    || !SymbolEqualityComparer.Default.Equals(target, reference.Value.Target):
                    failures.Add($"{call}: found {Display(create!)} with target {target}, the call binds to {Display(reference.Value.Create)} with target {reference.Value.Target}");
                    break;
            }
        }

        Assert.Empty(failures);

        // The plain calls are found without binding them, and the others really were left to it or rejected.
        Assert.Equal(new Dictionary<CreateCallKind, int>
        {
            [CreateCallKind.Bound] = 22,
            [CreateCallKind.Undecided] = 11,
            [CreateCallKind.NotProcessCreate] = 5,
        }, outcomes);
    }

    private static string Display(IMethodSymbol method) =>
        method.ToDisplayString(EntryIds.TypeFormat.AddMemberOptions(SymbolDisplayMemberOptions.IncludeParameters | SymbolDisplayMemberOptions.IncludeType));
}
