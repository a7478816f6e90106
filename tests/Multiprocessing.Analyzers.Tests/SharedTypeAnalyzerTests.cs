using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verify = Multiprocessing.Analyzers.Tests.Verification.AnalyzerVerifier<Multiprocessing.Analyzers.SharedTypeAnalyzer>;

namespace Multiprocessing.Analyzers.Tests;

/// <summary>MP0020 to MP0027: [Shared] classes a manager cannot serve, and members their proxies cannot forward.</summary>
public sealed class SharedTypeAnalyzerTests
{
    private const string Usings =
        """
        using System;
        using System.Collections.Generic;
        using System.IO;
        using System.Threading;
        using System.Threading.Tasks;
        using Multiprocessing;

        """;

    private static Task VerifyMemberAsync(string member, params DiagnosticResult[] expected) =>
        Verify.VerifyAsync(
            Usings + $$"""
            [Shared]
            internal sealed class Account
            {
                {{member}}
            }
            """,
            expected);

    [Fact]
    public Task Serializable_members_of_every_shape_are_not_reported() =>
        Verify.VerifyAsync(Usings + """
            [Shared]
            internal sealed class Account
            {
                public Account(string owner, decimal opening) { }
                public decimal Balance { get; set; }
                public void Deposit(decimal amount) { }
                public List<string> History(int last) => new();
                public Task<decimal> WithdrawAsync(decimal amount, CancellationToken cancellationToken) => Task.FromResult(amount);
                public ValueTask CloseAsync() => default;
                public Account Split(decimal amount) => this;
                public Task<Account> SplitAsync() => Task.FromResult(this);
                public Account Partner => this;
                public static Stream Open() => Stream.Null;
                internal void Internal(Stream stream) { }
                public override string ToString() => "";
            }
            """);

    [Fact]
    public Task Unserializable_parameter_result_and_property_are_reported_on_each() =>
        VerifyMemberAsync(
            """
            public void Upload(Stream {|#0:content|}) { }
                public {|#1:Task<Stream>|} OpenAsync() => Task.FromResult(Stream.Null);
                public Action {|#2:Callback|} { get; set; } = () => { };
            """,
            Verify.Diagnostic(DiagnosticDescriptors.SharedMemberNotSerializable).WithLocation(0)
                .WithArguments("Parameter 'content'", "Account.Upload", "System.IO.Stream", "a class not marked [MemoryPackable]"),
            Verify.Diagnostic(DiagnosticDescriptors.SharedMemberNotSerializable).WithLocation(1)
                .WithArguments("The return value", "Account.OpenAsync", "System.IO.Stream", "a class not marked [MemoryPackable]"),
            Verify.Diagnostic(DiagnosticDescriptors.SharedMemberNotSerializable).WithLocation(2)
                .WithArguments("The property value", "Account.Callback", "System.Action", "a delegate, which is code and captured state of this process"));

    [Theory]
    [InlineData("public void {|MP0021:Take|}(ref int value) { }")]
    [InlineData("public void {|MP0021:Take|}(out int value) { value = 1; }")]
    [InlineData("public void {|MP0021:Take|}(in int value) { }")]
    [InlineData("private int _x; public ref int {|MP0021:Take|}() => ref _x;")]
    [InlineData("public event EventHandler? {|MP0022:Changed|}; private void Raise() => Changed?.Invoke(this, EventArgs.Empty);")]
    [InlineData("public int {|MP0022:this|}[int index] => index;")]
    [InlineData("public T {|MP0023:Echo|}<T>(T value) => value;")]
    [InlineData("public unsafe void {|MP0024:Take|}(int* value) { }")]
    [InlineData("public void {|MP0024:Take|}(Span<int> values) { }")]
    [InlineData("public string {|MP0026:Address|} => \"\";")]
    [InlineData("public int {|MP0026:Invoke|}() => 1;")]
    [InlineData("public void {|MP0027:Wait|}(CancellationToken cancellationToken) { }")]
    [InlineData("public Task {|MP0027:WaitAsync|}(CancellationToken cancellationToken, int timeout) => Task.CompletedTask;")]
    public Task Member_a_proxy_cannot_forward_is_reported(string member) => VerifyMemberAsync(member);

    [Theory]
    [InlineData("[Shared] public abstract class {|MP0025:Account|} { }")]
    [InlineData("[Shared] public static class {|MP0025:Account|} { }")]
    [InlineData("[Shared] public class {|MP0025:Account|}<T> { }")]
    [InlineData("public class Outer<T> { [Shared] public class {|MP0025:Account|} { } }")]
    [InlineData("public class Outer { [Shared] private class {|MP0025:Account|} { } }")]
    public Task Class_a_manager_cannot_serve_is_reported(string declaration) => Verify.VerifyAsync(Usings + declaration);

    [Fact]
    public Task Abstract_class_is_reported_with_the_reason() =>
        Verify.VerifyAsync(
            Usings + "[Shared] public abstract class {|#0:Account|} { }",
            Verify.Diagnostic(DiagnosticDescriptors.InvalidSharedType).WithLocation(0)
                .WithArguments("Account", "it is abstract, and the manager's server must create its objects; mark a concrete class"));

    [Fact]
    public Task Class_without_the_attribute_is_not_checked() =>
        Verify.VerifyAsync(Usings + "public class Plain { public void Take(ref int x) { } public event EventHandler? Changed; void Raise() => Changed?.Invoke(this, EventArgs.Empty); }");
}
