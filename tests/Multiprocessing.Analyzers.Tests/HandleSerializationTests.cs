using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verify = Multiprocessing.Analyzers.Tests.Verification.AnalyzerVerifier<Multiprocessing.Analyzers.EntrySerializationAnalyzer>;

namespace Multiprocessing.Analyzers.Tests;

/// <summary>MP0003 and operating-system handles: a socket goes to a child with its arguments or state, never back.</summary>
public sealed class HandleSerializationTests
{
    private const string Reason = "an operating-system handle, which can be passed to a process being started but not sent back";

    private static Task VerifyAsync(string code, params DiagnosticResult[] expected) =>
        Verify.VerifyAsync(
            $$"""
            using System.Collections.Generic;
            using System.Net.Sockets;
            using System.Threading.Tasks;
            using MemoryPack;
            using Multiprocessing;

            {{code}}
            """,
            expected);

    [Theory]
    [InlineData("Socket connection")]
    [InlineData("Socket? connection")]
    [InlineData("List<Socket> connections")]
    [InlineData("Socket[] connections")]
    [InlineData("(Socket Connection, string Address) client")]
    [InlineData("Client client")]
    public Task A_socket_is_accepted_as_a_parameter(string parameter) =>
        VerifyAsync(
            $$"""
            public static class Worker
            {
                [ProcessEntry] public static void Handle({{parameter}}) { }
            }

            [MemoryPackable]
            public partial class Client
            {
                public Socket? Connection { get; set; }
                public string Address { get; set; } = "";
            }
            """);

    [Fact]
    public Task A_socket_is_accepted_in_a_process_subclasss_state() =>
        VerifyAsync(
            """
            public partial class Handler : Process
            {
                public Socket? Connection { get; set; }
                protected override void Run() { }
            }
            """);

    [Theory]
    [InlineData("Socket", "System.Net.Sockets.Socket")]
    [InlineData("Task<Socket>", "System.Net.Sockets.Socket")]
    [InlineData("List<Socket>", "System.Net.Sockets.Socket")]
    [InlineData("Socket[]", "System.Net.Sockets.Socket")]
    public Task A_socket_in_a_result_is_reported(string result, string type) =>
        VerifyAsync(
            $$"""
            public static class Worker
            {
                [ProcessEntry] public static {|#0:{{result}}|} Open() => throw null!;
            }
            """,
            Verify.Diagnostic(DiagnosticDescriptors.NotSerializable).WithLocation(0)
                .WithArguments("The return value", "Worker.Open()", type, Reason));
}
