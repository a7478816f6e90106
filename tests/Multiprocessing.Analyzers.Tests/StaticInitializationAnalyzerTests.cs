using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verify = Multiprocessing.Analyzers.Tests.Verification.AnalyzerVerifier<Multiprocessing.Analyzers.StaticInitializationAnalyzer>;

namespace Multiprocessing.Analyzers.Tests;

/// <summary>MP0008: processes started from code that every child runs again while initializing (the recursive spawn).</summary>
public sealed class StaticInitializationAnalyzerTests
{
    private const string Worker =
        """

        static class Worker
        {
            [ProcessEntry] public static void Serve() { }
        }
        """;

    private static DiagnosticResult Expected(string where, string what) =>
        Verify.Diagnostic(DiagnosticDescriptors.SpawnWhileInitializing).WithLocation(0).WithArguments(where, what);

    [Fact]
    public Task Static_field_initializer_that_starts_a_process_through_a_helper_is_reported() =>
        Verify.VerifyAsync(
            """
            using Multiprocessing;

            static class Workers
            {
                public static readonly Process Background = {|#0:Start()|};

                private static Process Start()
                {
                    var p = Process.Create(Worker.Serve);
                    p.Start();
                    return p;
                }
            }
            """ + Worker,
            new DiagnosticResult(DiagnosticDescriptors.SpawnWhileInitializing).WithLocation(0).WithMessage(
                "The initializer of the static field 'Workers.Background' calls 'Workers.Start', which creates a process with 'Process.Create'; "
                + "it runs again in every child process, which would start processes of its own in turn: start processes from the entry "
                + "point, after ProcessGuard.Enter()"));

    [Fact]
    public Task Static_constructor_is_reported() =>
        Verify.VerifyAsync(
            """
            using Multiprocessing;

            class Service
            {
                static Service()
                {
                    {|#0:Process.Create(Worker.Serve).Start()|};
                }
            }
            """ + Worker,
            Expected("The static constructor of 'Service'", "starts a process with 'Process.Start()'"));

    [Fact]
    public Task Static_property_initializer_is_reported() =>
        Verify.VerifyAsync(
            """
            using Multiprocessing;

            class Service
            {
                public static Process Child { get; } = {|#0:Process.Create(Worker.Serve)|};
            }
            """ + Worker,
            Expected("The initializer of the static property 'Service.Child'", "creates a process with 'Process.Create'"));

    [Fact]
    public Task Module_initializer_is_reported() =>
        Verify.VerifyAsync(
            """
            using System.Runtime.CompilerServices;
            using Multiprocessing;

            static class Boot
            {
                [ModuleInitializer]
                internal static void Init() => {|#0:Process.Create(Worker.Serve).Start()|};
            }
            """ + Worker,
            Expected("The module initializer 'Boot.Init'", "starts a process with 'Process.Start()'"));

    [Fact]
    public Task Instance_initializers_lazy_values_and_ordinary_methods_are_fine() =>
        Verify.VerifyAsync(
            """
            using System;
            using Multiprocessing;

            class Service
            {
                private static readonly Lazy<Process> Child = new(() => Process.Create(Worker.Serve));
                private static int s_count = 4;
                private readonly Process _own = Process.Create(Worker.Serve);

                static Service() => s_count++;

                public static Process Current => Process.Create(Worker.Serve);

                public void Run() => Process.Create(Worker.Serve).Start();
            }
            """ + Worker);
}
