using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace Multiprocessing.Analyzers.Tests.Verification;

/// <summary>
/// Runs an analyzer and a code fix over C# sources in the testing package's markup: the diagnostics in
/// <c>before</c> must be reported, and applying the fix must give <c>after</c> exactly, with no diagnostics left.
/// </summary>
internal static class CodeFixVerifier<TAnalyzer, TCodeFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    /// <summary>Verifies the fix of a console program (it has an entry point).</summary>
    public static Task VerifyProgramAsync(string before, string after, params DiagnosticResult[] expected) =>
        VerifyAsync(before, after, OutputKind.ConsoleApplication, expected);

    public static Task VerifyAsync(string before, string after, params DiagnosticResult[] expected) =>
        VerifyAsync(before, after, OutputKind.DynamicallyLinkedLibrary, expected);

    private static Task VerifyAsync(string before, string after, OutputKind outputKind, DiagnosticResult[] expected)
    {
        var test = new CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier> { TestCode = before, FixedCode = after };
        TestSetup.Configure(test, TestSetup.FrameworkAndRuntime, outputKind);
        test.FixedState.OutputKind = outputKind;
        test.FixedState.AdditionalReferences.AddRange(TestSetup.FrameworkAndRuntime);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }
}
