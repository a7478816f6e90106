using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;

namespace Multiprocessing.Analyzers.Tests.Verification;

/// <summary>What analyzer and code-fix tests share: the references, the markup options and the compilation options.</summary>
internal static class TestSetup
{
    // The testing package's ReferenceAssemblies.Net.* download reference packs this machine's feed does not serve;
    // a ReferenceAssemblies without packages resolves to nothing, and the references come from AdditionalReferences.
    private static readonly ReferenceAssemblies NoPackages = new("net10.0");

    public static readonly MetadataReference[] Framework = [.. Net100.References.All];

    public static readonly MetadataReference[] FrameworkAndRuntime =
    [
        .. Framework,
        MetadataReference.CreateFromFile(typeof(Multiprocessing.Process).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(MemoryPack.MemoryPackSerializer).Assembly.Location),
    ];

    public static void Configure(AnalyzerTest<DefaultVerifier> test, IEnumerable<MetadataReference> references, OutputKind outputKind)
    {
        test.ReferenceAssemblies = NoPackages;

        // MP0003 has two descriptors (entries and process state); {|MP0003:x|} markup checks the id and the span only.
        test.MarkupOptions = MarkupOptions.UseFirstDescriptor;
        test.TestState.AdditionalReferences.AddRange(references);
        test.TestState.OutputKind = outputKind;
        test.SolutionTransforms.Add(static (solution, projectId) =>
        {
            var options = (CSharpCompilationOptions)solution.GetProject(projectId)!.CompilationOptions!;
            return solution.WithProjectCompilationOptions(projectId, options.WithAllowUnsafe(true));
        });
    }
}
