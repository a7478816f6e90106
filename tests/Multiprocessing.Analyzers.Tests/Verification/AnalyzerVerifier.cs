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

    public static Task VerifyAsync(string source, bool withRuntime, params DiagnosticResult[] expected) =>
        VerifyAsync(source, withRuntime ? FrameworkAndRuntime : Framework, expected);

    /// <summary>Verifies <paramref name="source"/> compiled against a library built from <paramref name="librarySource"/>, as a referenced assembly.</summary>
    public static Task VerifyWithLibraryAsync(string source, string librarySource, params DiagnosticResult[] expected) =>
        VerifyAsync(source, [.. FrameworkAndRuntime, CompileLibrary(librarySource)], expected);

    private static Task VerifyAsync(string source, IEnumerable<MetadataReference> references, DiagnosticResult[] expected)
    {
        var test = new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
        {
            TestCode = source,
            ReferenceAssemblies = NoPackages,

            // MP0003 has two descriptors (entries and process state); {|MP0003:x|} markup checks the id and the span only.
            MarkupOptions = MarkupOptions.UseFirstDescriptor,
        };
        test.TestState.AdditionalReferences.AddRange(references);
        test.SolutionTransforms.Add(static (solution, projectId) =>
        {
            var options = (CSharpCompilationOptions)solution.GetProject(projectId)!.CompilationOptions!;
            return solution.WithProjectCompilationOptions(projectId, options.WithAllowUnsafe(true));
        });
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    // Emitted to an image, as a built project reference is: its types come from metadata, not from source.
    private static MetadataReference CompileLibrary(string source)
    {
        var compilation = CSharpCompilation.Create(
            "Library",
            [CSharpSyntaxTree.ParseText(source)],
            FrameworkAndRuntime,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        if (!result.Success)
        {
            throw new InvalidOperationException("The library does not compile:\n" + string.Join("\n", result.Diagnostics));
        }

        return MetadataReference.CreateFromImage(image.ToArray());
    }
}
