using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Multiprocessing.Generator.Tests.Infrastructure;

/// <summary>One input file of a test compilation. The path shows up in generated comments, so keep it short.</summary>
internal sealed record SourceFile(string Path, string Text);

/// <summary>
/// Builds in-memory compilations the way a user's project compiles: .NET 10 reference assemblies, the runtime,
/// MemoryPack, nullable enabled, every warning wave on, and the interceptor namespace allowed.
/// </summary>
internal static class TestCompilation
{
    public const string AssemblyName = "TestAssembly";

    /// <summary>
    /// C# preview (the SDK's compiler defaults to C# 14, newer than this Roslyn's "latest"), documentation comments
    /// checked, and <c>InterceptorsNamespaces</c> as the repository's Directory.Build.props sets it.
    /// </summary>
    public static readonly CSharpParseOptions ParseOptions = CSharpParseOptions.Default
        .WithLanguageVersion(LanguageVersion.Preview)
        .WithDocumentationMode(DocumentationMode.Diagnose)
        .WithFeatures([new KeyValuePair<string, string>("InterceptorsNamespaces", "Multiprocessing.Generated")]);

    private static readonly ImmutableArray<MetadataReference> References =
    [
        .. Basic.Reference.Assemblies.Net100.References.All,
        MetadataReference.CreateFromFile(typeof(Multiprocessing.Process).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(MemoryPack.MemoryPackSerializer).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.Logging.ILogger).Assembly.Location),
    ];

    /// <summary>
    /// The .NET SDK's own default <c>NoWarn</c> (1701 and 1702, assembly unification: MemoryPack.Core is built against
    /// System.Runtime 8.0), which every user's build has too. Nothing else is filtered.
    /// </summary>
    private static readonly ImmutableDictionary<string, ReportDiagnostic> SdkNoWarn = ImmutableDictionary.CreateRange(
    [
        KeyValuePair.Create("CS1701", ReportDiagnostic.Suppress),
        KeyValuePair.Create("CS1702", ReportDiagnostic.Suppress),
    ]);

    public static CSharpCompilation Create(params SourceFile[] sources) => Create(AssemblyName, [], sources);

    /// <summary>A compilation named <paramref name="assemblyName"/> that also references <paramref name="extraReferences"/>.</summary>
    public static CSharpCompilation Create(string assemblyName, IEnumerable<MetadataReference> extraReferences, params SourceFile[] sources)
    {
        var trees = sources.Select(Parse).ToArray();
        var outputKind = trees.Any(HasTopLevelStatements) ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary;
        var options = new CSharpCompilationOptions(
            outputKind,
            nullableContextOptions: NullableContextOptions.Enable,
            warningLevel: 9999,
            deterministic: true,
            specificDiagnosticOptions: SdkNoWarn);
        return CSharpCompilation.Create(assemblyName, trees, References.Concat(extraReferences), options);
    }

    /// <summary>Emits <paramref name="compilation"/> and references the image, as a project reference would.</summary>
    public static MetadataReference EmitToReference(Compilation compilation)
    {
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        if (!result.Success)
        {
            throw new Xunit.Sdk.XunitException($"{compilation.AssemblyName} does not emit:\n" + string.Join("\n", result.Diagnostics));
        }

        return MetadataReference.CreateFromImage(image.ToArray());
    }

    public static SyntaxTree Parse(SourceFile source) =>
        CSharpSyntaxTree.ParseText(source.Text.ReplaceLineEndings("\n"), ParseOptions, source.Path);

    private static bool HasTopLevelStatements(SyntaxTree tree) =>
        tree.GetRoot().ChildNodes().OfType<GlobalStatementSyntax>().Any();
}
