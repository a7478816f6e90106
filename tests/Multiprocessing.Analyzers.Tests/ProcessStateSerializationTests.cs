using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verify = Multiprocessing.Analyzers.Tests.Verification.AnalyzerVerifier<Multiprocessing.Analyzers.EntrySerializationAnalyzer>;

namespace Multiprocessing.Analyzers.Tests;

/// <summary>MP0003 on process subclasses: the fields and auto-properties the generator carries to the child must serialize.</summary>
public sealed class ProcessStateSerializationTests
{
    private const string Usings =
        """
        using System;
        using System.Collections.Generic;
        using System.IO;
        using MemoryPack;
        using Multiprocessing;

        """;

    private static Task VerifyStateAsync(string members, string types = "", params DiagnosticResult[] expected) =>
        Verify.VerifyAsync(
            Usings + $$"""
            public partial class Worker : Process
            {
                {{members}}

                protected override void Run() { }
            }

            {{types}}
            """,
            expected);

    private static DiagnosticResult Expected(string member, string processClass, string type, string reason) =>
        Verify.Diagnostic(DiagnosticDescriptors.NotSerializableState).WithLocation(0).WithArguments(member, processClass, type, reason);

    [Fact]
    public Task Field_is_reported_with_its_type_reason_and_fix() =>
        VerifyStateAsync(
            "private readonly Stream {|#0:_log|} = Stream.Null;",
            expected: new DiagnosticResult(DiagnosticDescriptors.NotSerializableState).WithLocation(0).WithMessage(
                "Field '_log' of process class 'Worker' cannot be sent to the child process: System.IO.Stream cannot be serialized "
                + "by MemoryPack (a class not marked [MemoryPackable]); mark it [NonSerialized] if the child does not need it"));

    [Fact]
    public Task Auto_property_is_reported_under_its_own_name() =>
        VerifyStateAsync(
            "public Action? {|#0:Callback|} { get; set; }",
            expected: Expected("Property 'Callback'", "Worker", "System.Action", "a delegate, which is code and captured state of this process"));

    [Fact]
    public Task Member_of_a_packable_type_is_named_by_its_path() =>
        VerifyStateAsync(
            "public Order {|#0:Current|} { get; init; } = new();",
            """
            [MemoryPackable]
            public partial class Order
            {
                public int Id { get; set; }
                public Stream Attachment { get; set; } = Stream.Null;
            }
            """,
            Expected("Property 'Current'", "Worker", "Order.Attachment of type System.IO.Stream", "a class not marked [MemoryPackable]"));

    [Theory]
    [InlineData("private object? {|MP0003:_value|};")]
    [InlineData("private List<Stream> {|MP0003:_streams|} = new();")]
    [InlineData("private Dictionary<string, Func<int>> {|MP0003:_handlers|} = new();")]
    [InlineData("private System.Threading.Tasks.Task? {|MP0003:_pending|};")]
    [InlineData("private IDisposable? {|MP0003:_resource|};")]
    [InlineData("public Process? {|MP0003:Sibling|} { get; set; }")]
    public Task Unserializable_members_are_reported(string member) => VerifyStateAsync(member);

    [Fact]
    public Task Nested_and_derived_classes_report_their_own_members() =>
        Verify.VerifyAsync(
            Usings + """
            public partial class Outer
            {
                public partial class Worker : Process
                {
                    private Stream? {|#0:_input|};
                }

                public sealed partial class Derived : Worker
                {
                    private Stream? {|#1:_output|};
                }
            }
            """,
            Expected("Field '_input'", "Outer.Worker", "System.IO.Stream", "a class not marked [MemoryPackable]"),
            Verify.Diagnostic(DiagnosticDescriptors.NotSerializableState).WithLocation(1)
                .WithArguments("Field '_output'", "Outer.Derived", "System.IO.Stream", "a class not marked [MemoryPackable]"));

    [Fact]
    public Task Serializable_and_excluded_members_report_nothing() =>
        VerifyStateAsync(
            """
            private int _count;
                private readonly List<string> _lines = new();
                public string Text { get; init; } = "";
                public Dictionary<string, int[]> Index { get; } = new();
                public Order? Current { get; set; }
                public (int Id, string Name) Pair { get; set; }
                public DateTime? At { get; set; }

                [NonSerialized] private Stream? _cache;
                [field: NonSerialized] public Stream? Log { get; set; }
                [MemoryPackIgnore] public Action? Callback { get; set; }
                [MemoryPackIgnore] private Func<int>? _factory;

                private static Stream? s_shared;
                private const string Label = "worker";
                public event Action? Finished;
                public Stream Computed => Stream.Null;
                public Stream? Manual { get => _cache; set => _cache = value; }
            """,
            """
            [MemoryPackable]
            public partial class Order
            {
                public int Id { get; set; }
            }
            """);

    [Fact]
    public Task State_of_a_class_the_generator_does_not_complete_is_left_to_MP0005() =>
        Verify.VerifyAsync(
            Usings + """
            public class NotPartial : Process
            {
                private Stream? _input;
            }

            public abstract class Stage : Process
            {
                private Stream? _input;
            }

            public partial class Generic<T> : Process
            {
                private T? _value;
            }
            """);

    [Fact]
    public Task State_of_an_abstract_partial_class_travels_with_its_subclasses_and_is_checked() =>
        Verify.VerifyAsync(
            Usings + """
            public abstract partial class Stage : Process
            {
                private Stream? {|MP0003:_input|};
            }
            """);
}
