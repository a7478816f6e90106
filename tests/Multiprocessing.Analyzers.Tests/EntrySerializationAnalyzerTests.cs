using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verify = Multiprocessing.Analyzers.Tests.Verification.AnalyzerVerifier<Multiprocessing.Analyzers.EntrySerializationAnalyzer>;

namespace Multiprocessing.Analyzers.Tests;

/// <summary>MP0003: entry parameters and results that MemoryPack cannot serialize, named down to the member that breaks them.</summary>
public sealed class EntrySerializationAnalyzerTests
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

    private static Task VerifyEntryAsync(string entry, string types = "", params DiagnosticResult[] expected) =>
        Verify.VerifyAsync(
            Usings + $$"""
            public static class Worker
            {
                [ProcessEntry]
                {{entry}}
            }

            {{types}}
            """,
            expected);

    private static DiagnosticResult Expected(string what, string entry, string type, string reason) =>
        Verify.Diagnostic(DiagnosticDescriptors.NotSerializable).WithLocation(0).WithArguments(what, entry, type, reason);

    [Fact]
    public Task Stream_parameter_is_reported_with_its_type_and_reason() =>
        VerifyEntryAsync(
            "public static void Upload(int id, Stream {|#0:content|}) { }",
            expected: Expected("Parameter 'content'", "Worker.Upload(int, Stream)", "System.IO.Stream", "a class not marked [MemoryPackable]"));

    [Theory]
    [InlineData("System.Net.Sockets.TcpClient {|MP0003:client|}")]
    [InlineData("Action {|MP0003:callback|}")]
    [InlineData("Func<int, int> {|MP0003:selector|}")]
    [InlineData("Task {|MP0003:pending|}")]
    [InlineData("ValueTask<int> {|MP0003:pending|}")]
    [InlineData("object {|MP0003:value|}")]
    [InlineData("dynamic {|MP0003:value|}")]
    [InlineData("IDisposable {|MP0003:resource|}")]
    [InlineData("int* {|MP0003:pointer|}")]
    [InlineData("delegate*<int, void> {|MP0003:pointer|}")]
    [InlineData("Plain {|MP0003:plain|}")]
    [InlineData("Holder {|MP0003:holder|}")]
    [InlineData("int[,,,,] {|MP0003:grid|}")]
    public Task Unserializable_parameter_is_reported(string parameter) =>
        VerifyEntryAsync(
            $"public static unsafe void Run({parameter}) {{ }}",
            """
            public sealed class Plain { public int Value { get; set; } }
            public struct Holder { public string Name; }
            """);

    [Theory]
    [InlineData("List<Stream> {|MP0003:streams|}")]
    [InlineData("Stream[] {|MP0003:streams|}")]
    [InlineData("Dictionary<string, Action> {|MP0003:handlers|}")]
    [InlineData("IReadOnlyList<object> {|MP0003:items|}")]
    [InlineData("(int Id, Stream Body) {|MP0003:pair|}")]
    [InlineData("Tuple<int, Stream> {|MP0003:pair|}")]
    [InlineData("KeyValuePair<string, Stream> {|MP0003:pair|}")]
    [InlineData("Lazy<Stream> {|MP0003:lazy|}")]
    public Task Unserializable_element_of_a_supported_container_is_reported(string parameter) =>
        VerifyEntryAsync($"public static void Run({parameter}) {{ }}");

    [Fact]
    public Task Member_of_a_packable_type_is_named_by_its_path() =>
        VerifyEntryAsync(
            "public static void Ship(Order {|#0:order|}) { }",
            """
            [MemoryPackable]
            public partial class Order
            {
                public int Id { get; set; }
                public Stream Attachment { get; set; } = Stream.Null;
            }
            """,
            Expected("Parameter 'order'", "Worker.Ship(Order)", "Order.Attachment of type System.IO.Stream", "a class not marked [MemoryPackable]"));

    [Fact]
    public Task Path_runs_through_collections_and_nested_packable_types() =>
        VerifyEntryAsync(
            "public static void Bill(Customer {|#0:customer|}) { }",
            """
            [MemoryPackable]
            public partial class Customer
            {
                public string Name = "";
                public List<Order> Orders { get; set; } = new();
            }

            [MemoryPackable]
            public partial class Order
            {
                public Socket? Connection;
            }

            public class Socket { }
            """,
            Expected("Parameter 'customer'", "Worker.Bill(Customer)", "Customer.Orders.Connection of type Socket", "a class not marked [MemoryPackable]"));

    [Fact]
    public Task Included_private_member_is_checked() =>
        VerifyEntryAsync(
            "public static void Run(Job {|#0:job|}) { }",
            """
            [MemoryPackable]
            public partial class Job
            {
                [MemoryPackInclude] private Action? _onDone;
            }
            """,
            Expected("Parameter 'job'", "Worker.Run(Job)", "Job._onDone of type System.Action", "a delegate, which is code and captured state of this process"));

    [Fact]
    public Task Inherited_member_is_checked() =>
        VerifyEntryAsync(
            "public static void Run(Derived {|MP0003:value|}) { }",
            """
            public class Base { public Stream? Log { get; set; } }

            [MemoryPackable]
            public partial class Derived : Base { public int Id { get; set; } }
            """);

    [Fact]
    public Task Union_case_of_an_abstract_packable_type_is_checked() =>
        VerifyEntryAsync(
            "public static void Run(IShape {|#0:shape|}) { }",
            """
            [MemoryPackable]
            [MemoryPackUnion(0, typeof(Circle))]
            [MemoryPackUnion(1, typeof(Picture))]
            public partial interface IShape { }

            [MemoryPackable] public partial class Circle : IShape { public double Radius { get; set; } }
            [MemoryPackable] public partial class Picture : IShape { public Stream? Pixels { get; set; } }
            """,
            Expected("Parameter 'shape'", "Worker.Run(IShape)", "Picture.Pixels of type System.IO.Stream", "a class not marked [MemoryPackable]"));

    [Fact]
    public Task Return_value_is_reported_on_the_return_type() =>
        VerifyEntryAsync(
            "public static {|#0:FileStream|} Open(string path) => File.OpenRead(path);",
            expected: Expected("The return value", "Worker.Open(string)", "System.IO.FileStream", "a class not marked [MemoryPackable]"));

    [Fact]
    public Task Result_of_a_task_is_unwrapped() =>
        VerifyEntryAsync(
            "public static {|#0:Task<Stream>|} OpenAsync(string path) => Task.FromResult<Stream>(File.OpenRead(path));",
            expected: Expected("The return value", "Worker.OpenAsync(string)", "System.IO.Stream", "a class not marked [MemoryPackable]"));

    [Theory]
    [InlineData("public static {|MP0003:ValueTask<Action>|} Run() => default;")]
    [InlineData("public static {|MP0003:Task<Task<int>>|} Run() => Task.FromResult(Task.FromResult(1));")]
    [InlineData("public static {|MP0003:Func<int>|} Run() => () => 1;")]
    public Task Unserializable_results_are_reported(string entry) => VerifyEntryAsync(entry);

    [Fact]
    public Task Supported_types_report_nothing() =>
        VerifyEntryAsync(
            """
            public static int Run(
                    bool flag, byte b, sbyte sb, short s, ushort us, int i, uint ui, long l, ulong ul, char c, float f, double d,
                    decimal money, string text, Color color, DateTime at, DateTimeOffset offset, TimeSpan span, Guid id,
                    DateOnly day, TimeOnly time, Half half, Int128 big, UInt128 ubig, System.Numerics.BigInteger huge,
                    Version version, Uri uri, int? maybe, DateTime? maybeAt, Point point, Point? maybePoint,
                    int[] numbers, string[][] jagged, double[,] matrix, List<string> names, Dictionary<string, List<int>> index,
                    HashSet<Guid> ids, IList<string> list, IReadOnlyList<long> readOnlyList, ICollection<int> collection,
                    IEnumerable<string> sequence, IDictionary<int, string> map, IReadOnlyDictionary<string, double> readOnlyMap,
                    (int Id, string Name) tuple, Tuple<int, string> oldTuple, KeyValuePair<string, int> pair,
                    Order order, Node node, Box<string> box, CancellationToken cancellationToken) => 0;
            """,
            """
            public enum Color { Red, Green }
            public struct Point { public int X; public int Y; }

            [MemoryPackable]
            public partial class Order
            {
                public int Id { get; set; }
                public List<string> Lines { get; set; } = new();
                [MemoryPackIgnore] public Stream? Cache { get; set; }
                private Stream? _scratch;
                public static Stream? Shared;
                public int Total => Id * 2;
            }

            [MemoryPackable]
            public partial class Node
            {
                public int Value;
                public Node? Next;
                public List<Node> Children = new();
            }

            [MemoryPackable]
            public partial class Box<T> { public T? Value { get; set; } }
            """);

    [Theory]
    [InlineData("public static void Run() { }")]
    [InlineData("public static Task RunAsync(CancellationToken cancellationToken) => Task.CompletedTask;")]
    [InlineData("public static ValueTask RunAsync() => default;")]
    [InlineData("public static Task<List<int>> RunAsync() => Task.FromResult(new List<int>());")]
    [InlineData("public static ValueTask<string> RunAsync() => new(\"done\");")]
    public Task Supported_results_report_nothing(string entry) => VerifyEntryAsync(entry);

    [Fact]
    public Task Methods_without_the_attribute_are_not_checked() =>
        Verify.VerifyAsync(
            """
            using System.IO;

            public static class Helper
            {
                public static Stream Wrap(Stream inner, System.Action done) => inner;
            }
            """);
}
