using System.Diagnostics;
using System.Text;
using Multiprocessing.Analyzers.Tests.Verification;
using Xunit;

namespace Multiprocessing.Analyzers.Tests;

/// <summary>
/// The analyzers as a user meets them: `dotnet build` of a program with the pitfall (tests/Fixtures/GuardPitfall,
/// referencing src/Runtime alone) fails, and prints the diagnostic with its file, line and help link.
/// </summary>
public sealed class CommandLineBuildTests
{
    [Fact]
    public void Building_a_program_that_starts_processes_without_the_guard_fails_with_MP0006()
    {
        string project = Path.Combine(RepositoryRoot.Path, "tests", "Fixtures", "GuardPitfall", "GuardPitfall.csproj");

        // The referenced projects were built with this test project, in its configuration; building them again here
        // would race with other test assemblies that use their output.
        var build = Run("dotnet", "build", project, "-c", Configuration, "-p:BuildProjectReferences=false", "-nologo", "-v:q");

        Assert.True(build.ExitCode != 0, "The build of the pitfall succeeded:\n" + build.Output);
        Assert.Contains(
            "Program.cs(6,50): error MP0006: The program's entry point creates a process with 'Process.Create' without calling "
                + "ProcessGuard.Enter() first",
            build.Output);
        Assert.Contains("docs/diagnostics/MP0006.md", build.Output);
    }

    // The tests run from bin/<Configuration>/net10.0.
    private static string Configuration => new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;

    private static (int ExitCode, string Output) Run(string fileName, params string[] arguments)
    {
        var info = new ProcessStartInfo(fileName) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        var output = new StringBuilder();
        using var process = System.Diagnostics.Process.Start(info)!;
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.Append(e.Data).Append('\n'); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.Append(e.Data).Append('\n'); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("dotnet build did not finish within five minutes:\n" + output);
        }

        process.WaitForExit();
        return (process.ExitCode, output.ToString());
    }
}
