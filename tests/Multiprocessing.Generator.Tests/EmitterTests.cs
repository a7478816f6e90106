using Multiprocessing.Generator.Emitting;
using Multiprocessing.Generator.Model;
using Multiprocessing.Generator.Support;
using Xunit;

namespace Multiprocessing.Generator.Tests;

/// <summary>The emitters work from hand-built specs alone, with no compilation (STYLE.md practice 3).</summary>
public sealed class EmitterTests
{
    [Fact]
    public void DispatchTableIsSortedBySignatureWhateverTheSpecOrder()
    {
        var square = Entry("global::Jobs.Square(int)", "Square", ReturnKind.Value, "int", new ParameterSpec("x", "int", false));
        var fetch = Entry("global::Jobs.FetchAsync(string)", "FetchAsync", ReturnKind.TaskOfValue, "string", new ParameterSpec("url", "string", false));

        string forward = DispatchTableEmitter.Emit("Sample", new[] { square, fetch }.ToEquatableArray(), EquatableArray<SubclassSpec>.Empty);
        string backward = DispatchTableEmitter.Emit("Sample", new[] { fetch, square }.ToEquatableArray(), EquatableArray<SubclassSpec>.Empty);

        Assert.Equal(forward, backward);
        Assert.True(forward.IndexOf("Jobs_FetchAsync,", StringComparison.Ordinal) < forward.IndexOf("Jobs_Square,", StringComparison.Ordinal));
        Assert.Contains("return invocation.SetResultAsync(global::Jobs.FetchAsync(url));", forward);
        Assert.Contains("invocation.SetResult(global::Jobs.Square(x));", forward);
        Assert.Contains($"{EntryIds.Literal(EntryIds.Hash("global::Jobs.Square(int)"))} => Jobs_Square,", forward);
    }

    [Fact]
    public void CallsOfOneEntryWithOneSignatureShareAnInterceptor()
    {
        CallSiteSpec Site(string file, int line, string argumentType) => new(
            1,
            $"data-{file}({line},1)",
            file,
            line,
            1,
            $"{file}({line},1)",
            "Create",
            "global::Multiprocessing.Process",
            new[] { $"global::System.Action<{argumentType}>", argumentType }.ToEquatableArray(),
            new[] { "string" }.ToEquatableArray(),
            42,
            "Sample",
            "Jobs.Log(string)");

        string text = InterceptorEmitter.Emit(new[]
        {
            Site("Program.cs", 10, "string"),
            Site("Program.cs", 2, "string"),
            Site("Other.cs", 5, "string?"),
        }.ToEquatableArray());

        var attributes = text.Split('\n').Where(line => line.Contains("InterceptsLocation(1,")).Select(line => line.Trim()).ToList();
        Assert.Equal(
        [
            """[global::System.Runtime.CompilerServices.InterceptsLocation(1, "data-Other.cs(5,1)")] // Other.cs(5,1)""",
            """[global::System.Runtime.CompilerServices.InterceptsLocation(1, "data-Program.cs(2,1)")] // Program.cs(2,1)""",
            """[global::System.Runtime.CompilerServices.InterceptsLocation(1, "data-Program.cs(10,1)")] // Program.cs(10,1)""",
        ],
        attributes);
        Assert.Contains("public static global::Multiprocessing.Process Create_Log(global::System.Action<string?> target, string? arg1)", text);
        Assert.Contains("public static global::Multiprocessing.Process Create_Log_2(global::System.Action<string> target, string arg1)", text);
    }

    private static EntrySpec Entry(string signature, string method, ReturnKind kind, string result, params ParameterSpec[] parameters) => new(
        EntryIds.Hash(signature),
        signature,
        "Jobs." + method,
        "global::Jobs",
        method,
        parameters.ToEquatableArray(),
        kind,
        result);
}
