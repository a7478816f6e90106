using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Multiprocessing.Generator;
using Xunit;

namespace Multiprocessing.Analyzers.Tests;

/// <summary>
/// The analyzers restate the generator's rules (<c>EntryRules</c> is shared; the subclass and call-site rules are
/// copied). Here the real generator and the analyzers look at the same program: each entry, process class and
/// <c>Process.Create</c> call must be either handled by the generator or reported, never both and never neither.
/// </summary>
public sealed class GeneratorAgreementTests
{
    private const string Program =
        """
        using System.Collections.Generic;
        using Multiprocessing;

        public class Worker
        {
            [ProcessEntry] public static void Run() { }
            [ProcessEntry] public static int Square(int x) => x * x;
            [ProcessEntry] public static void Echo(object value) { }
            [ProcessEntry] public static int Count(IEnumerable<object> items) => 0;
            [ProcessEntry] public void Instance() { }
            [ProcessEntry] public static T Identity<T>(T value) => value;
            [ProcessEntry] private static void Hidden() { }
            [ProcessEntry] public static void Token(System.Threading.CancellationToken token, int x) { }
            [ProcessEntry] public static void ByRef(ref int x) { }
            public static int Unmarked(int x) => x;
            public static int Total { [ProcessEntry] get => 1; }
        }

        public interface IShape
        {
            [ProcessEntry] static abstract int Area(int size);
            [ProcessEntry] static virtual int Perimeter(int size) => 4 * size;
            [ProcessEntry] static int Double(int size) => 2 * size;
        }

        public sealed class Square : IShape
        {
            [ProcessEntry] public static int Area(int size) => size * size;
            [ProcessEntry] static int IShape.Perimeter(int size) => 4 * size;
        }

        public readonly struct Money
        {
            [ProcessEntry] public static Money operator +(Money left, Money right) => left;
        }

        public static class Generic<T>
        {
            [ProcessEntry] public static void Run() { }
        }

        public static class Outer
        {
            private static class Inner
            {
                [ProcessEntry] public static void Run() { }
            }
        }

        public static class Launcher
        {
            public static void Start<T>(T value, List<T> items, System.Action<int> callback) where T : class
            {
                Process.Create(Worker.Run);
                Process.Create(Worker.Square, 5);
                Process.Create(Worker.Echo, value);
                Process.Create(Worker.Echo, (object)value);
                Process.Create(Worker.Count, items);
                Process.Create(Worker.Count, (IEnumerable<object>)items);
                Process.Create((int x) => { }, 5);
                Process.Create(callback, 5);
                Process.Create(Worker.Unmarked, 5);
                Process.Create(Generic<int>.Run);
                Process.Create(IShape.Double, 3);
                Process.Create(Square.Area, 3);
                using var pool = new ProcessPool(1);
                pool.Map(Worker.Square, new[] { 1 });
                pool.Apply(Worker.Square, 2);
                pool.ApplyAsync(Worker.Run);
                pool.ApplyAsync((int x) => x, 5);
                pool.Imap(Worker.Unmarked, new[] { 1 });
                PoolInitializer.Create(Worker.Run);
                PoolInitializer.Create(callback, 1);
            }
        }

        public partial class Good : Process
        {
            private int _count;

            protected override void Run() => _count++;
        }

        public sealed partial class GoodDerived : Good
        {
        }

        public class NotPartial : Process
        {
        }

        public sealed partial class OnNotPartial : NotPartial
        {
        }

        public abstract partial class Stage : Process
        {
        }

        public sealed partial class Loader : Stage
        {
        }

        public partial class Open<T> : Process
        {
        }

        public sealed partial class Closed : Open<int>
        {
        }

        public class Plain
        {
            public partial class InPlain : Process
            {
            }
        }

        public partial class Host
        {
            private partial class Hidden : Process
            {
            }

            protected internal partial class Visible : Process
            {
            }

            private partial class Private
            {
                public partial class Deep : Process
                {
                }
            }
        }

        public partial class GenericHost<T>
        {
            public partial class Nested : Process
            {
            }
        }

        public partial class WithPrimary(int count) : Process
        {
            protected override void Run() => System.Console.WriteLine(count);
        }

        file partial class Local : Process
        {
        }
        """;

    private static readonly CSharpParseOptions ParseOptions = CSharpParseOptions.Default
        .WithLanguageVersion(LanguageVersion.Preview)
        .WithFeatures([new KeyValuePair<string, string>("InterceptorsNamespaces", "Multiprocessing.Generated")]);

    private static readonly Lazy<Task<Run>> Shared = new(RunAsync);

    [Fact]
    public async Task Generated_program_compiles()
    {
        var run = await Shared.Value;
        Assert.Empty(run.Output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()));
    }

    [Fact]
    public async Task Every_entry_is_either_in_the_dispatch_table_or_reported()
    {
        var run = await Shared.Value;
        var inTable = run.GeneratedTrees
            .SelectMany(tree => tree.GetRoot().DescendantNodes().OfType<InvocationExpressionSyntax>()
                .Select(call => run.Output.GetSemanticModel(tree).GetSymbolInfo(call).Symbol))
            .OfType<IMethodSymbol>()
            .ToHashSet(SymbolEqualityComparer.Default);

        var entries = run.Declared<IMethodSymbol>(
            syntax => syntax is BaseMethodDeclarationSyntax or AccessorDeclarationSyntax,
            method => method.GetAttributes().Any(a => a.AttributeClass?.Name == "ProcessEntryAttribute"));
        Assert.NotEmpty(entries);
        AssertEachExactlyOnce(
            entries,
            method => inTable.Contains(method),
            method => run.IsReported(DiagnosticDescriptors.InvalidEntryId, method.Locations[0]));
    }

    [Fact]
    public async Task Every_process_class_is_either_completed_or_reported()
    {
        var run = await Shared.Value;
        var classes = run.Declared<INamedTypeSymbol>(
            syntax => syntax is ClassDeclarationSyntax { BaseList: not null },
            type => !type.IsAbstract && IsProcessSubclass(type));
        Assert.NotEmpty(classes);
        AssertEachExactlyOnce(
            classes,
            type => !type.GetMembers("CaptureGeneratedCall").IsEmpty,
            type => run.IsReported(DiagnosticDescriptors.SubclassNotGeneratedId, type.Locations[0]));
    }

    [Fact]
    public async Task Every_create_and_pool_call_is_either_intercepted_or_reported()
    {
        var run = await Shared.Value;
        var calls = run.InputTrees
            .SelectMany(tree => tree.GetRoot().DescendantNodes().OfType<InvocationExpressionSyntax>())
            .Where(call => call.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: var name } && name is "Create" or "Apply" or "ApplyAsync" or "Map" or "Imap")
            .ToList();
        Assert.NotEmpty(calls);
        AssertEachExactlyOnce(
            calls,
            call => run.Output.GetSemanticModel(call.SyntaxTree).GetInterceptorMethod(call) is not null,
            call => run.Reported.Any(d => d.Id is DiagnosticDescriptors.TargetNotEntryId or DiagnosticDescriptors.GenericCallSiteId
                && d.Location.SourceTree == call.SyntaxTree && call.Span.Contains(d.Location.SourceSpan)));
    }

    private static void AssertEachExactlyOnce<T>(IEnumerable<T> items, Func<T, bool> handled, Func<T, bool> reported)
        where T : notnull
    {
        var wrong = items
            .Where(item => handled(item) == reported(item))
            .Select(item => (handled(item) ? "generated and reported: " : "neither generated nor reported: ") + item)
            .ToList();
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    private static bool IsProcessSubclass(INamedTypeSymbol type)
    {
        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (current.ToDisplayString() == "Multiprocessing.Process")
            {
                return true;
            }
        }

        return false;
    }

    private static async Task<Run> RunAsync()
    {
        var input = CSharpCompilation.Create(
            "AgreementTest",
            [CSharpSyntaxTree.ParseText(Program, ParseOptions, "Program.cs")],
            [
                .. Basic.Reference.Assemblies.Net100.References.All,
                MetadataReference.CreateFromFile(typeof(Process).Assembly.Location),
                MetadataReference.CreateFromFile(typeof(MemoryPack.MemoryPackSerializer).Assembly.Location),
            ],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var inputErrors = input.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(inputErrors.Count == 0, "The program does not compile:\n" + string.Join("\n", inputErrors));

        CSharpGeneratorDriver.Create([new ProcessEntryGenerator().AsSourceGenerator()], parseOptions: ParseOptions)
            .RunGeneratorsAndUpdateCompilation(input, out var output, out _);

        // As in a build: the analyzers see the program together with what the generator added to it.
        var reported = await output
            .WithAnalyzers([new ProcessEntryAnalyzer(), new ProcessTargetAnalyzer(), new ProcessSubclassAnalyzer()])
            .GetAnalyzerDiagnosticsAsync();
        return new Run(output, input.SyntaxTrees, reported);
    }

    private sealed record Run(Compilation Output, IEnumerable<SyntaxTree> InputTrees, ImmutableArray<Diagnostic> Reported)
    {
        public IEnumerable<SyntaxTree> GeneratedTrees => Output.SyntaxTrees.Except(InputTrees);

        public bool IsReported(string id, Location location) =>
            Reported.Any(d => d.Id == id && d.Location.SourceTree == location.SourceTree && d.Location.SourceSpan == location.SourceSpan);

        /// <summary>The symbols the program declares, filtered by their declaration and by themselves.</summary>
        public List<TSymbol> Declared<TSymbol>(Func<SyntaxNode, bool> syntaxFilter, Func<TSymbol, bool> symbolFilter)
            where TSymbol : class, ISymbol =>
            InputTrees
                .SelectMany(tree => tree.GetRoot().DescendantNodes().Where(syntaxFilter)
                    .Select(syntax => Output.GetSemanticModel(tree).GetDeclaredSymbol(syntax) as TSymbol))
                .OfType<TSymbol>()
                .Where(symbolFilter)
                .ToList();
    }
}
