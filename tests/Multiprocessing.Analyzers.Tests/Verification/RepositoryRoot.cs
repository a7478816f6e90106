namespace Multiprocessing.Analyzers.Tests.Verification;

/// <summary>The checkout the tests were built from: the folder above the test output that holds generator.sln.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "generator.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("No generator.sln above " + AppContext.BaseDirectory + "; run the tests from the repository's build output.");
    }
}
