using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Multiprocessing.Analyzers.Tests.Verification;
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

    // Errors unless listed: what still runs, only wastefully or in a surprising order, is a warning; a better form is info.
    private static readonly Dictionary<string, DiagnosticSeverity> Severities = new()
    {
        [DiagnosticDescriptors.SideEffectBeforeGuardId] = DiagnosticSeverity.Warning,
        [DiagnosticDescriptors.BlockingWaitInAsyncId] = DiagnosticSeverity.Info,
        [DiagnosticDescriptors.MisplacedGuardId] = DiagnosticSeverity.Warning,
    };

    public static TheoryData<string> Ids => new(Catalogue.Select(descriptor => descriptor.Id).Distinct());

    [Fact]
    public void Each_id_is_reported_by_exactly_one_analyzer_and_each_descriptor_by_some_analyzer()
    {
        foreach (var id in Catalogue.Select(d => d.Id).Distinct())
        {
            Assert.Single(Analyzers, analyzer => analyzer.SupportedDiagnostics.Any(d => d.Id == id));
        }

        var supported = Analyzers.SelectMany(analyzer => analyzer.SupportedDiagnostics).ToArray();
        Assert.Equal(Catalogue.Length, supported.Length);
        Assert.All(Catalogue, descriptor => Assert.Contains(descriptor, supported));
    }

    // MP0003 has one message for entries and one for process state; one id must still mean one rule and one page.
    [Theory]
    [MemberData(nameof(Ids))]
    public void Descriptors_sharing_an_id_share_its_category_severity_and_page(string id)
    {
        var descriptors = Catalogue.Where(d => d.Id == id).ToArray();
        Assert.Single(descriptors.Select(d => (d.Category, d.DefaultSeverity, d.HelpLinkUri)).Distinct());
        Assert.Equal(descriptors.Length, descriptors.Select(d => d.MessageFormat.ToString()).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Descriptor_has_its_severity_and_a_help_link_to_its_page(string id)
    {
        Assert.All(Catalogue.Where(d => d.Id == id), descriptor =>
        {
            Assert.Equal(Severities.GetValueOrDefault(id, DiagnosticSeverity.Error), descriptor.DefaultSeverity);
            Assert.Equal(DiagnosticDescriptors.Category, descriptor.Category);
            Assert.EndsWith("/docs/diagnostics/" + id + ".md", descriptor.HelpLinkUri, StringComparison.Ordinal);
            Assert.NotEmpty(descriptor.Description.ToString());
        });
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Release_tracking_lists_the_id(string id)
    {
        string unshipped = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "src", "Analyzers", "AnalyzerReleases.Unshipped.md"));
        var severity = Catalogue.First(d => d.Id == id).DefaultSeverity;
        Assert.Contains(id + " | " + DiagnosticDescriptors.Category + " | " + severity + " |", unshipped, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Documentation_page_explains_the_example_the_fix_and_the_python_error(string id)
    {
        string page = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "diagnostics", id + ".md"));
        Assert.StartsWith("# " + id + ":", page, StringComparison.Ordinal);
        Assert.Contains("## What it means", page, StringComparison.Ordinal);
        Assert.Contains("## Example", page, StringComparison.Ordinal);
        Assert.Contains("## How to fix it", page, StringComparison.Ordinal);
        Assert.Contains("## The Python error it replaces", page, StringComparison.Ordinal);
        var descriptor = Catalogue.First(d => d.Id == id);
        Assert.Contains("| Severity | " + descriptor.DefaultSeverity + " |", page, StringComparison.Ordinal);
    }
}
