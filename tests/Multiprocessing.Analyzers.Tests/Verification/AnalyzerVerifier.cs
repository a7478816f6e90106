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
    private static readonly MetadataReference[] Framework = TestSetup.Framework;

    private static readonly MetadataReference[] FrameworkAndRuntime = TestSetup.FrameworkAndRuntime;

    public static DiagnosticResult Diagnostic(DiagnosticDescriptor descriptor) => new(descriptor);

    public static Task VerifyAsync(string source, params DiagnosticResult[] expected) =>
        VerifyAsync(source, withRuntime: true, expected);

    public static Task VerifyAsync(string source, bool withRuntime, params DiagnosticResult[] expected) =>
        VerifyAsync(source, withRuntime ? FrameworkAndRuntime : Framework, expected);

    /// <summary>Verifies <paramref name="source"/> compiled as a console program, so that it has an entry point.</summary>
    public static Task VerifyProgramAsync(string source, params DiagnosticResult[] expected)
    {
        var test = new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier> { TestCode = source };
        TestSetup.Configure(test, FrameworkAndRuntime, OutputKind.ConsoleApplication);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    /// <summary>Verifies <paramref name="source"/> compiled against a library built from <paramref name="librarySource"/>, as a referenced assembly.</summary>
    public static Task VerifyWithLibraryAsync(string source, string librarySource, params DiagnosticResult[] expected) =>
        VerifyAsync(source, [.. FrameworkAndRuntime, CompileLibrary(librarySource)], expected);

    private static Task VerifyAsync(string source, IEnumerable<MetadataReference> references, DiagnosticResult[] expected)
    {
        var test = new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier> { TestCode = source };
        TestSetup.Configure(test, references, OutputKind.DynamicallyLinkedLibrary);
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
