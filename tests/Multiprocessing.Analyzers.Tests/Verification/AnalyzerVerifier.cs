using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace Multiprocessing.Analyzers.Tests.Verification;

/// <summary>
/// Runs one analyzer over C# sources written with the testing package's markup (<c>{|MP0001:Run|}</c>,
/// <c>{|#0:Run|}</c>) and compares what it reports. Test compilations reference .NET 10 from
/// Basic.Reference.Assemblies, the runtime and MemoryPack from this test's own output: nothing is downloaded.
/// </summary>
internal static class AnalyzerVerifier<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    // The testing package's ReferenceAssemblies.Net.* download reference packs this machine's feed does not serve;
    // a ReferenceAssemblies without packages resolves to nothing, and the references come from AdditionalReferences.
    private static readonly ReferenceAssemblies NoPackages = new("net10.0");

    private static readonly MetadataReference[] Framework = [.. Net100.References.All];

    private static readonly MetadataReference[] FrameworkAndRuntime =
    [
        .. Framework,
        MetadataReference.CreateFromFile(typeof(Multiprocessing.Process).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(MemoryPack.MemoryPackSerializer).Assembly.Location),
    ];

    public static DiagnosticResult Diagnostic(DiagnosticDescriptor descriptor) => new(descriptor);

    public static Task VerifyAsync(string source, params DiagnosticResult[] expected) =>
        VerifyAsync(source, withRuntime: true, expected);

    public static Task VerifyAsync(string source, bool withRuntime, params DiagnosticResult[] expected)
    {
        var test = new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
        {
            TestCode = source,
            ReferenceAssemblies = NoPackages,
        };
        test.TestState.AdditionalReferences.AddRange(withRuntime ? FrameworkAndRuntime : Framework);
        test.SolutionTransforms.Add(static (solution, projectId) =>
        {
            var options = (CSharpCompilationOptions)solution.GetProject(projectId)!.CompilationOptions!;
            return solution.WithProjectCompilationOptions(projectId, options.WithAllowUnsafe(true));
        });
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }
}
