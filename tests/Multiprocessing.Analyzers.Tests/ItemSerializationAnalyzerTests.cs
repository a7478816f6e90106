using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verify = Multiprocessing.Analyzers.Tests.Verification.AnalyzerVerifier<Multiprocessing.Analyzers.ItemSerializationAnalyzer>;
using VerifyShared = Multiprocessing.Analyzers.Tests.Verification.AnalyzerVerifier<Multiprocessing.Analyzers.SharedTypeAnalyzer>;
using VerifyEntry = Multiprocessing.Analyzers.Tests.Verification.AnalyzerVerifier<Multiprocessing.Analyzers.EntrySerializationAnalyzer>;

namespace Multiprocessing.Analyzers.Tests;

/// <summary>
/// MP0011: queues, connection messages and manager proxies whose item type MemoryPack cannot serialize, and MP0003 for
/// such a queue passed to an entry.
/// </summary>
public sealed class ItemSerializationAnalyzerTests
{
    private const string Usings =
        """
        using System;
        using System.Collections.Generic;
        using System.IO;
        using System.Threading;
        using System.Threading.Tasks;
        using MemoryPack;
        using Multiprocessing;

        """;

    private const string Types =
        """
        [MemoryPackable]
        public partial class NotPackable
        {
            public int Id { get; set; }
            public Stream S { get; set; } = Stream.Null;
        }

        public sealed class Plain { public int Value { get; set; } }

        [MemoryPackable]
        public partial record Order(int Id, string Customer);

        public record struct Point(int X, int Y);
        """;

    private static Task VerifyBodyAsync(string body, params DiagnosticResult[] expected) =>
        Verify.VerifyAsync(
            Usings + $$"""
            public static class Demo
            {
                public static async Task Run(Connection connection, Manager manager, NamespaceProxy names, Stream stream)
                {
                    {{body}}
                    await Task.CompletedTask;
                }
            }

            {{Types}}
            """,
            expected);

    [Fact]
    public Task Queue_of_a_packable_type_with_a_stream_is_reported_with_the_path() =>
        VerifyBodyAsync(
            "using var queue = new {|#0:ProcessQueue<NotPackable>|}();",
            Verify.Diagnostic(DiagnosticDescriptors.ItemNotSerializable).WithLocation(0).WithArguments(
                "ProcessQueue<NotPackable>", "NotPackable", "NotPackable.S of type System.IO.Stream", "a class not marked [MemoryPackable]"));

    [Fact]
    public Task Connection_send_with_an_inferred_item_type_is_reported_on_the_method_name() =>
        VerifyBodyAsync(
            "connection.{|#0:Send|}(stream);",
            Verify.Diagnostic(DiagnosticDescriptors.ItemNotSerializable).WithLocation(0).WithArguments(
                "Connection.Send<Stream>", "Stream", "System.IO.Stream", "a class not marked [MemoryPackable]"));

    [Theory]
    [InlineData("using var queue = new {|MP0011:SimpleProcessQueue<Plain>|}();")]
    [InlineData("using var queue = new {|MP0011:JoinableProcessQueue<Stream>|}();")]
    [InlineData("using ProcessQueue<Plain> queue = {|MP0011:new()|};")]
    [InlineData("using var queue = new {|MP0011:ProcessQueue<List<Action>>|}();")]
    [InlineData("var plain = connection.{|MP0011:Receive<Plain>|}();")]
    [InlineData("await connection.{|MP0011:SendAsync|}(new Plain());")]
    [InlineData("var plain = await connection.{|MP0011:ReceiveAsync<NotPackable>|}();")]
    [InlineData("var queue = manager.{|MP0011:Queue<Plain>|}();")]
    [InlineData("var queue = manager.{|MP0011:FindQueue<Plain>|}(\"jobs\");")]
    [InlineData("var value = manager.{|MP0011:Value|}(stream);")]
    [InlineData("var array = manager.{|MP0011:Array<Plain>|}(3);")]
    [InlineData("var list = manager.{|MP0011:List<Plain>|}();")]
    [InlineData("var list = manager.{|MP0011:FindList<Plain>|}(\"items\");")]
    [InlineData("var map = manager.{|MP0011:Dictionary<string, Stream>|}();")]
    [InlineData("var map = manager.{|MP0011:FindDictionary<object, int>|}(\"map\");")]
    [InlineData("names.{|MP0011:Set|}(\"log\", stream);")]
    [InlineData("var plain = names.{|MP0011:Get<Plain>|}(\"plain\");")]
    [InlineData("names.{|MP0011:TryGet<Plain>|}(\"plain\", out var plain);")]
    public Task Every_form_is_reported(string statement) => VerifyBodyAsync(statement);

    [Theory]
    [InlineData("using var queue = new ProcessQueue<int>();")]
    [InlineData("using var queue = new SimpleProcessQueue<string>();")]
    [InlineData("using var queue = new JoinableProcessQueue<Order>();")]
    [InlineData("using var queue = new ProcessQueue<Point>();")]
    [InlineData("using var queue = new ProcessQueue<(int, string)>();")]
    [InlineData("using var queue = new ProcessQueue<Dictionary<string, List<Order>>>();")]
    [InlineData("connection.Send(42); connection.Send(\"text\"); connection.Send(new Order(1, \"a\"));")]
    [InlineData("var order = await connection.ReceiveAsync<Order>(); await connection.SendAsync(new Point(1, 2));")]
    [InlineData("var queue = manager.Queue<Order>(); var value = manager.Value(1.5); var map = manager.Dictionary<string, int[]>();")]
    [InlineData("var list = manager.List<string>(); var array = manager.Array<Point>(4); names.Set(\"n\", 1);")]
    public Task Serializable_items_are_not_reported(string statement) => VerifyBodyAsync(statement);

    [Fact]
    public Task Generic_code_is_not_reported_for_its_type_parameter() =>
        Verify.VerifyAsync(
            Usings + """
            public static class Channel<T>
            {
                public static ProcessQueue<T> Open() => new ProcessQueue<T>();

                public static void Forward(Connection connection, T item) => connection.Send(item);
            }
            """);

    [Fact]
    public Task A_queue_entry_parameter_is_reported_once_by_MP0003_with_its_item_path() =>
        VerifyEntry.VerifyAsync(
            Usings + $$"""
            public static class Worker
            {
                [ProcessEntry]
                public static void Consume(ProcessQueue<NotPackable> {|#0:queue|}) { }

                [ProcessEntry]
                public static void ConsumeOrders(JoinableProcessQueue<Order> orders, ListProxy<Point> points) { }
            }

            {{Types}}
            """,
            VerifyEntry.Diagnostic(DiagnosticDescriptors.NotSerializable).WithLocation(0).WithArguments(
                "Parameter 'queue'",
                "Worker.Consume(ProcessQueue<NotPackable>)",
                "NotPackable.S of type System.IO.Stream",
                "a class not marked [MemoryPackable], in the items of ProcessQueue<NotPackable>"));

    [Fact]
    public Task The_item_analyzer_leaves_entry_parameters_to_MP0003() =>
        Verify.VerifyAsync(
            Usings + $$"""
            public static class Worker
            {
                [ProcessEntry]
                public static void Consume(ProcessQueue<NotPackable> queue) { }
            }

            {{Types}}
            """);

    [Fact]
    public Task A_shared_member_taking_a_queue_of_unserializable_items_is_MP0020() =>
        VerifyShared.VerifyAsync(
            Usings + $$"""
            [Shared]
            internal sealed class Hub
            {
                public void Attach(ProcessQueue<Plain> {|MP0020:queue|}) { }
                public void AttachOrders(ProcessQueue<Order> orders) { }
            }

            {{Types}}
            """);
}
