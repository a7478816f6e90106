using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace Multiprocessing.Generator.Tests.Infrastructure;

/// <summary>
/// Compares generated files with the expected ones checked in under <c>Snapshots/&lt;Test&gt;/&lt;hint name&gt;</c>.
/// With <c>ACCEPT_SNAPSHOTS=1</c>, or when a test has no snapshot yet, it writes what the generator produced into the
/// source tree and fails, so that accepting is never a green run: read the written files, then run again.
/// </summary>
internal static partial class Snapshot
{
    private const string AcceptVariable = "ACCEPT_SNAPSHOTS";

    /// <summary>
    /// Runs the generator on <paramref name="sources"/>, compares every generated file with its snapshot, and
    /// requires the output to compile with no error and no warning.
    /// </summary>
    public static GeneratorOutput Verify(SourceFile[] sources, [CallerMemberName] string testName = "")
    {
        var output = GeneratorRunner.Run(sources);
        Verify(output, testName);
        return output;
    }

    /// <summary>
    /// Like <see cref="Verify(SourceFile[], string)"/>, but compares only the interceptors: call-site tests share their
    /// entries, whose dispatch table the entry tests already cover. The whole output must still compile cleanly.
    /// </summary>
    public static GeneratorOutput VerifyInterceptors(SourceFile[] sources, [CallerMemberName] string testName = "") =>
        VerifyInterceptors(GeneratorRunner.Run(sources), testName);

    /// <summary>
    /// Like <see cref="VerifyInterceptors(SourceFile[], string)"/>, for the pool's interceptors (<c>pool.Map(entry, items)</c>,
    /// <c>PoolInitializer.Create(entry, args...)</c> and the like). The whole output must still compile cleanly.
    /// </summary>
    public static GeneratorOutput VerifyPoolInterceptors(SourceFile[] sources, [CallerMemberName] string testName = "")
    {
        var output = GeneratorRunner.Run(sources);
        Compare(output, testName, only: "ProcessPoolInterceptors.g.cs");
        return output;
    }

    /// <summary>Compares only the interceptors of a generator run made by the test itself.</summary>
    public static GeneratorOutput VerifyInterceptors(GeneratorOutput output, [CallerMemberName] string testName = "")
    {
        Compare(output, testName, only: "ProcessCreateInterceptors.g.cs");
        return output;
    }

    /// <summary>Compares the files of a generator run made by the test itself (for example with extra references).</summary>
    public static void Verify(GeneratorOutput output, [CallerMemberName] string testName = "") => Compare(output, testName, only: null);

    private static void Compare(GeneratorOutput output, string testName, string? only)
    {
        var actual = output.Sources
            .Where(pair => only is null || pair.Key == only)
            .ToDictionary(pair => pair.Key, pair => Scrub(pair.Value), StringComparer.Ordinal);
        if (actual.Count == 0)
        {
            // An empty folder is not kept by git: a test that expects nothing asserts that directly.
            throw new Xunit.Sdk.XunitException("The generator produced nothing; a snapshot test needs output.\n" + string.Join("\n", output.Problems()));
        }

        string directory = Path.Combine(SnapshotsDirectory(), testName);
        var problems = output.Problems();
        bool accepting = Environment.GetEnvironmentVariable(AcceptVariable) == "1";

        if (accepting || !Directory.Exists(directory))
        {
            Write(directory, actual);
            string why = accepting ? $"{AcceptVariable}=1" : "there was no snapshot yet";
            throw new Xunit.Sdk.XunitException(
                $"Wrote {actual.Count} snapshot file(s) to {directory} because {why}. Read them, then run without {AcceptVariable}."
                + (problems.Count > 0 ? "\nThe output also has problems:\n" + string.Join("\n", problems) : string.Empty));
        }

        var expected = Directory.GetFiles(directory)
            .ToDictionary(path => Path.GetFileName(path), path => File.ReadAllText(path).ReplaceLineEndings("\n"), StringComparer.Ordinal);
        var mismatches = new List<string>();
        foreach (string hintName in expected.Keys.Except(actual.Keys).Order(StringComparer.Ordinal))
        {
            mismatches.Add($"{hintName}: expected, but the generator no longer produces it.");
        }

        foreach (string hintName in actual.Keys.Except(expected.Keys).Order(StringComparer.Ordinal))
        {
            File.WriteAllText(Path.Combine(directory, hintName), actual[hintName]);
            mismatches.Add($"{hintName}: produced, but there was no snapshot of it; wrote it, read it before running again.");
        }

        foreach (string hintName in actual.Keys.Intersect(expected.Keys).Order(StringComparer.Ordinal))
        {
            if (FirstDifference(expected[hintName], actual[hintName]) is { } difference)
            {
                mismatches.Add($"{hintName}: {difference}");
            }
        }

        mismatches.AddRange(problems);
        if (mismatches.Count > 0)
        {
            throw new Xunit.Sdk.XunitException(
                $"Generated code differs from Snapshots/{testName} (run with {AcceptVariable}=1 to rewrite it if the change is intended):\n"
                + string.Join("\n", mismatches));
        }
    }

    /// <summary>The first line where two texts differ, as "line N: expected ... / actual ...", or null when equal.</summary>
    public static string? FirstDifference(string expected, string actual)
    {
        string[] expectedLines = expected.Split('\n');
        string[] actualLines = actual.Split('\n');
        for (int i = 0; i < Math.Max(expectedLines.Length, actualLines.Length); i++)
        {
            string? expectedLine = i < expectedLines.Length ? expectedLines[i] : null;
            string? actualLine = i < actualLines.Length ? actualLines[i] : null;
            if (expectedLine != actualLine)
            {
                return $"line {i + 1} differs\n  expected: {expectedLine ?? "(end of file)"}\n  actual:   {actualLine ?? "(end of file)"}";
            }
        }

        return null;
    }

    /// <summary>Replaces what changes with every release, so that a version bump does not rewrite every snapshot.</summary>
    public static string Scrub(string text) => GeneratedCodeVersion().Replace(text, "$1\"{version}\")");

    private static void Write(string directory, Dictionary<string, string> files)
    {
        if (Directory.Exists(directory))
        {
            // Files the generator stopped producing go too; git shows what disappeared.
            Directory.Delete(directory, recursive: true);
        }

        Directory.CreateDirectory(directory);
        foreach (var (hintName, text) in files)
        {
            File.WriteAllText(Path.Combine(directory, hintName), text);
        }
    }

    // Snapshots live in the source tree, next to this folder; the compiler records this file's path at build time.
    private static string SnapshotsDirectory([CallerFilePath] string thisFile = "")
    {
        string projectDirectory = Path.GetDirectoryName(Path.GetDirectoryName(thisFile))!;
        if (!File.Exists(Path.Combine(projectDirectory, "Multiprocessing.Generator.Tests.csproj")))
        {
            throw new InvalidOperationException(
                $"Cannot find the test project's source directory from '{thisFile}' (a path map or a copied build?); the snapshot tests read and write files there.");
        }

        return Path.Combine(projectDirectory, "Snapshots");
    }

    [GeneratedRegex("""(GeneratedCode\("Multiprocessing\.Generator", )"[^"]*"\)""")]
    private static partial Regex GeneratedCodeVersion();
}
