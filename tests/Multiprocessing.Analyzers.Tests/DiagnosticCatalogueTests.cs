using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace Multiprocessing.Analyzers.Tests;

/// <summary>The catalogue, the analyzers, the release-tracking file and the documentation agree on every id.</summary>
public sealed class DiagnosticCatalogueTests
{
    private static readonly DiagnosticDescriptor[] Catalogue = typeof(DiagnosticDescriptors)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(field => field.FieldType == typeof(DiagnosticDescriptor))
        .Select(field => (DiagnosticDescriptor)field.GetValue(null)!)
        .ToArray();

    private static readonly DiagnosticAnalyzer[] Analyzers = typeof(DiagnosticDescriptors).Assembly.GetTypes()
        .Where(type => type.IsSubclassOf(typeof(DiagnosticAnalyzer)) && type.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
        .Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!)
        .ToArray();

    public static TheoryData<string> Ids => new(Catalogue.Select(descriptor => descriptor.Id));

    [Fact]
    public void Ids_are_unique_and_each_is_reported_by_exactly_one_analyzer()
    {
        Assert.Equal(Catalogue.Length, Catalogue.Select(d => d.Id).Distinct().Count());
        var supported = Analyzers.SelectMany(analyzer => analyzer.SupportedDiagnostics).Select(d => d.Id).ToArray();
        Assert.Equal(Catalogue.Select(d => d.Id).Order(), supported.Order());
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Descriptor_is_an_error_with_a_help_link_to_its_page(string id)
    {
        var descriptor = Catalogue.Single(d => d.Id == id);
        Assert.Equal(DiagnosticSeverity.Error, descriptor.DefaultSeverity);
        Assert.Equal(DiagnosticDescriptors.Category, descriptor.Category);
        Assert.EndsWith("/docs/diagnostics/" + id + ".md", descriptor.HelpLinkUri, StringComparison.Ordinal);
        Assert.NotEmpty(descriptor.Description.ToString());
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Release_tracking_lists_the_id(string id)
    {
        string unshipped = File.ReadAllText(Path.Combine(RepositoryRoot(), "src", "Analyzers", "AnalyzerReleases.Unshipped.md"));
        Assert.Contains(id + " | " + DiagnosticDescriptors.Category + " | Error |", unshipped, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Documentation_page_explains_the_example_the_fix_and_the_python_error(string id)
    {
        string page = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "diagnostics", id + ".md"));
        Assert.StartsWith("# " + id + ":", page, StringComparison.Ordinal);
        Assert.Contains("## What it means", page, StringComparison.Ordinal);
        Assert.Contains("## Example", page, StringComparison.Ordinal);
        Assert.Contains("## How to fix it", page, StringComparison.Ordinal);
        Assert.Contains("## The Python error it replaces", page, StringComparison.Ordinal);
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "generator.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("No generator.sln above " + AppContext.BaseDirectory + "; run the tests from the repository's build output.");
    }
}
