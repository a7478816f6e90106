using System.Diagnostics;
using System.Text;

namespace Multiprocessing.Tests;

/// <summary>Runs a sample program the way a user would and captures what it prints.</summary>
public static class SampleRunner
{
    public sealed record Run(int ExitCode, string Output, string Errors, TimeSpan Elapsed)
    {
        public string[] Lines => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    public static string RepositoryRoot { get; } = FindRoot();

    // The samples are built in the configuration of the tests (bin/<Configuration>/net10.0).
    private static string Configuration => new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;

    public static string OutputDirectory(string sample, string folder = "samples") =>
        Path.Combine(RepositoryRoot, folder, sample, "bin", Configuration, "net10.0");

    /// <summary>Runs the sample's app host, as `./Sample` would.</summary>
    public static Run AppHost(string sample, params string[] arguments) =>
        Start(Path.Combine(OutputDirectory(sample), sample), arguments);

    /// <summary>Runs a test fixture program (tests/Fixtures) through its app host.</summary>
    public static Run Fixture(string fixture) =>
        Start(Path.Combine(OutputDirectory(fixture, "tests/Fixtures"), fixture), []);

    /// <summary>Runs the sample through the muxer, as `dotnet Sample.dll` would.</summary>
    public static Run Muxer(string sample, params string[] arguments) =>
        Start("dotnet", [Path.Combine(OutputDirectory(sample), sample + ".dll"), .. arguments]);

    /// <summary>Runs the sample with `dotnet run --no-build`.</summary>
    public static Run DotnetRun(string sample) =>
        Start("dotnet", ["run", "--no-build", "-c", Configuration, "--project", Path.Combine(RepositoryRoot, "samples", sample)]);

    public static Run Start(string fileName, IEnumerable<string> arguments)
    {
        var info = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        var output = new StringBuilder();
        var errors = new StringBuilder();
        var stopwatch = Stopwatch.StartNew();
        using var process = System.Diagnostics.Process.Start(info)!;
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.Append(e.Data).Append('\n'); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (errors) errors.Append(e.Data).Append('\n'); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} did not finish within a minute. Output so far:\n{output}\n{errors}");
        }

        process.WaitForExit();
        return new Run(process.ExitCode, output.ToString(), errors.ToString(), stopwatch.Elapsed);
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "generator.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The tests run outside the repository: generator.sln not found above " + AppContext.BaseDirectory);
    }
}
