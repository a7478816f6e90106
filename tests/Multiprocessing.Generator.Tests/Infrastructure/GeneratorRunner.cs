using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Multiprocessing.Generator.Tests.Infrastructure;

/// <summary>What one generator run produced, and the compilation of the input together with it.</summary>
internal sealed record GeneratorOutput(
    Compilation Output,
    GeneratorRunResult RunResult,
    ImmutableArray<Diagnostic> GeneratorDiagnostics)
{
    /// <summary>The generated files, by hint name, with '\n' line endings.</summary>
    public ImmutableSortedDictionary<string, string> Sources { get; } = RunResult.GeneratedSources.ToImmutableSortedDictionary(
        source => source.HintName,
        source => source.SourceText.ToString().ReplaceLineEndings("\n"),
        StringComparer.Ordinal);

    /// <summary>Errors and warnings of the input compiled together with the generated files.</summary>
    public ImmutableArray<Diagnostic> CompilationProblems { get; } = Output.GetDiagnostics()
        .Where(d => d.Severity is DiagnosticSeverity.Error or DiagnosticSeverity.Warning)
        .ToImmutableArray();

    public string Source(string hintName) =>
        Sources.TryGetValue(hintName, out var text)
            ? text
            : throw new Xunit.Sdk.XunitException($"The generator did not produce {hintName}; it produced: {string.Join(", ", Sources.Keys)}.");

    /// <summary>Fails unless the generator stayed silent and its output compiles with no error and no warning.</summary>
    public void AssertCompilesCleanly()
    {
        var problems = Problems();
        if (problems.Count > 0)
        {
            throw new Xunit.Sdk.XunitException(string.Join("\n", problems));
        }
    }

    /// <summary>The reasons this output is not clean, each a readable line; empty when it is.</summary>
    public List<string> Problems()
    {
        var problems = new List<string>();
        if (RunResult.Exception is { } exception)
        {
            problems.Add($"The generator threw: {exception}");
        }

        problems.AddRange(GeneratorDiagnostics.Select(d => $"Generator diagnostic: {Describe(d)}"));
        problems.AddRange(CompilationProblems.Select(d => $"Compilation {d.Severity.ToString().ToLowerInvariant()}: {Describe(d)}"));
        return problems;
    }

    private static string Describe(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        string where = diagnostic.Location.IsInSource
            ? $"{span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1})"
            : "(no location)";
        string line = diagnostic.Location.SourceTree is { } tree
            ? " | " + tree.GetText().Lines[span.StartLinePosition.Line].ToString().Trim()
            : string.Empty;
        return $"{where}: {diagnostic.Id} {diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}{line}";
    }
}

/// <summary>Runs the <see cref="ProcessEntryGenerator"/> with step tracking on, as the caching tests need it.</summary>
internal static class GeneratorRunner
{
    public static GeneratorDriver CreateDriver() => CSharpGeneratorDriver.Create(
        [new ProcessEntryGenerator().AsSourceGenerator()],
        parseOptions: TestCompilation.ParseOptions,
        driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    public static GeneratorOutput Run(params SourceFile[] sources) => Run(TestCompilation.Create(sources));

    public static GeneratorOutput Run(Compilation input)
    {
        AssertInputCompiles(input);
        var driver = CreateDriver().RunGeneratorsAndUpdateCompilation(input, out var output, out var diagnostics);
        return new GeneratorOutput(output, driver.GetRunResult().Results.Single(), diagnostics);
    }

    /// <summary>
    /// Runs the generator on sources that use its own output (a proxy member, a manager factory), which cannot compile
    /// before generation; the output must then compile cleanly, which the caller asserts.
    /// </summary>
    public static GeneratorOutput RunOnInputUsingGeneratedMembers(params SourceFile[] sources)
    {
        var input = TestCompilation.Create(sources);
        var driver = CreateDriver().RunGeneratorsAndUpdateCompilation(input, out var output, out var diagnostics);
        return new GeneratorOutput(output, driver.GetRunResult().Results.Single(), diagnostics);
    }

    /// <summary>
    /// A test input must compile before generation (un-intercepted calls only throw at run time), so that an error
    /// in the output is the generator's.
    /// </summary>
    public static void AssertInputCompiles(Compilation input)
    {
        var errors = input.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            throw new Xunit.Sdk.XunitException("The test input itself does not compile:\n" + string.Join("\n", errors));
        }
    }
}
