using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Multiprocessing.Analyzers.Tests.Verification;
using Xunit;

namespace Multiprocessing.Analyzers.Tests;

/// <summary>
/// No false positives on real programs: every sample under samples/ gets no diagnostic at all from the library's
/// analyzers, not even an info (the build shows errors and warnings only, so it cannot prove this part).
/// </summary>
public sealed class SampleCleanlinessTests
{
    private const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    private static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers = typeof(DiagnosticDescriptors).Assembly.GetTypes()
        .Where(type => type.IsSubclassOf(typeof(DiagnosticAnalyzer)) && type.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
        .Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!)
        .ToImmutableArray();

    // The SDK's C# 14, which this Roslyn calls Preview (the generated proxies of [Shared] classes are extension blocks).
    private static readonly CSharpParseOptions Latest = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Preview);

    public static TheoryData<string> Samples() =>
        new(Directory.GetDirectories(Path.Combine(RepositoryRoot.Path, "samples")).Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Fact]
    public void Every_sample_is_checked() => Assert.True(Samples().Count >= 6, "Expected the six samples or more under samples/.");

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task Sample_has_no_library_diagnostics(string sample)
    {
        string folder = Path.Combine(RepositoryRoot.Path, "samples", sample);
        var trees = Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar)
                && !path.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar))
            .Select(path => CSharpSyntaxTree.ParseText(File.ReadAllText(path), Latest, path))
            .Append(CSharpSyntaxTree.ParseText(ImplicitUsings, Latest, "GlobalUsings.cs"))
            .ToArray();
        var compilation = CSharpCompilation.Create(
            sample,
            trees,
            TestSetup.FrameworkAndRuntime,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable, allowUnsafe: true));

        // The samples use what the generator adds (the members of [Shared] classes' proxies), so they are compiled
        // with its output; only errors in the samples' own files count (the interceptors need a feature flag here).
        CSharpGeneratorDriver.Create([new Multiprocessing.Generator.ProcessEntryGenerator().AsSourceGenerator()], parseOptions: Latest)
            .RunGeneratorsAndUpdateCompilation(compilation, out var generated, out _);
        Assert.Empty(generated.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error && trees.Contains(d.Location.SourceTree)));

        var diagnostics = await generated.WithAnalyzers(Analyzers).GetAnalyzerDiagnosticsAsync();
        Assert.True(diagnostics.IsEmpty, sample + " gets library diagnostics:\n" + string.Join("\n", diagnostics));
    }
}
