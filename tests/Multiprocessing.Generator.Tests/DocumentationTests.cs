using System.Text.RegularExpressions;
using Multiprocessing.Generator.Tests.Infrastructure;
using Xunit;

namespace Multiprocessing.Generator.Tests;

/// <summary>
/// Every C# block of the getting-started page is a whole program a reader pastes into a new console project: each must
/// compile, with the generator, to no error and no warning, as it would under the SDK's implicit usings.
/// </summary>
public sealed partial class DocumentationTests
{
    private const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    public static TheoryData<int> GettingStartedBlocks()
    {
        var data = new TheoryData<int>();
        for (int index = 0; index < CSharpBlocks(GettingStarted()).Count; index++)
        {
            data.Add(index);
        }

        return data;
    }

    [Fact]
    public void The_getting_started_page_has_programs_to_check()
    {
        Assert.True(CSharpBlocks(GettingStarted()).Count >= 4, "docs/getting-started.md lost its C# examples.");
    }

    [Theory]
    [MemberData(nameof(GettingStartedBlocks))]
    public void A_getting_started_block_compiles_cleanly_with_the_generator(int index)
    {
        string block = CSharpBlocks(GettingStarted())[index];
        var output = GeneratorRunner.Run(new SourceFile("Program.cs", block), new SourceFile("GlobalUsings.cs", ImplicitUsings));

        // The test compilation checks documentation comments, as the library's own projects do; a new console project does not.
        var problems = output.Problems().Where(problem => !problem.Contains(" CS1591 ", StringComparison.Ordinal)).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static string GettingStarted()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "generator.sln")))
        {
            directory = directory.Parent;
        }

        return File.ReadAllText(Path.Combine(
            directory?.FullName ?? throw new InvalidOperationException("The repository root (with generator.sln) was not found above the test's directory."),
            "docs",
            "getting-started.md"));
    }

    private static List<string> CSharpBlocks(string markdown) =>
        CSharpBlock().Matches(markdown.ReplaceLineEndings("\n")).Select(match => match.Groups["code"].Value).ToList();

    [GeneratedRegex(@"^```csharp\n(?<code>.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();
}
