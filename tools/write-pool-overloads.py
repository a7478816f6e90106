#!/usr/bin/env python3
"""Writes src/Runtime/Pool/ProcessPool.Targets.cs and src/Runtime/Pool/PoolInitializer.Create.cs: the pool's
submission methods and PoolInitializer.Create, one overload per delegate shape and arity.

As with Process.Create (tools/write-create-overloads.py), the overloads only give call sites their types: the
generator intercepts every call with code that serializes the arguments and names the entry by id, so their bodies
run only when a call escaped the generator. Run it again after changing the shapes or arities, and commit the output.
"""
import pathlib

ROOT = pathlib.Path(__file__).resolve().parent.parent
TARGETS = ROOT / "src/Runtime/Pool/ProcessPool.Targets.cs"
INITIALIZER = ROOT / "src/Runtime/Pool/PoolInitializer.Create.cs"
MAX_APPLY_ARITY = 4
STARMAP_ARITIES = range(2, 5)

# (delegate return type or None for Action, whether the entry gives a value, summary of the entry)
APPLY_SHAPES = [
    ("TResult", True, "returns a value"),
    ("Task<TResult>", True, "returns a <see cref=\"Task{TResult}\"/>"),
    (None, False, "returns nothing"),
    ("Task", False, "returns a <see cref=\"Task\"/>"),
]
MAP_SHAPES = [s for s in APPLY_SHAPES if s[1]]

HEADER = """// Written by tools/write-pool-overloads.py; edit that script, not this file.
"""
TARGET_DOC = "    /// <param name=\"target\">The [ProcessEntry] method itself, for example <c>Worker.Run</c>; not a lambda.</param>"
TOKEN_DOC = "    /// <param name=\"cancellationToken\">Cancels the work while it is still queued; a task a worker has started runs to its end.</param>"
CALLBACK_DOCS = [
    "    /// <param name=\"callback\">Run in this process with the result, before the result completes; callbacks of one pool run one at a time.</param>",
    "    /// <param name=\"errorCallback\">Run in this process with the exception, when the work fails.</param>",
]


def delegate(args, returns):
    if returns is None:
        return "Action" + (f"<{', '.join(args)}>" if args else "")
    return f"Func<{', '.join(args + [returns])}>"


def method(doc, signature):
    return doc + [f"    public {signature} => throw NotIntercepted(target);", ""]


def apply_overloads():
    lines = []
    for arity in range(MAX_APPLY_ARITY + 1):
        for returns, has_value, summary in APPLY_SHAPES:
            args = [f"T{i}" for i in range(1, arity + 1)]
            type_params = args + (["TResult"] if has_value else [])
            generic = f"<{', '.join(type_params)}>" if type_params else ""
            params = [f"{delegate(args, returns)} target"] + [f"T{i} arg{i}" for i in range(1, arity + 1)]
            arg_docs = [f"    /// <param name=\"arg{i}\">Argument {i}, serialized now.</param>" for i in range(1, arity + 1)]
            type_docs = [f"    /// <typeparam name=\"T{i}\">The type of argument {i}.</typeparam>" for i in range(1, arity + 1)]
            if has_value:
                type_docs.append("    /// <typeparam name=\"TResult\">The entry's result.</typeparam>")
            lines += method(
                [f"    /// <summary>Runs <paramref name=\"target\"/>, a [ProcessEntry] method that {summary}, in a worker and waits for it: Python's <c>apply</c>.</summary>",
                 TARGET_DOC] + type_docs + arg_docs,
                f"{'TResult' if has_value else 'void'} Apply{generic}({', '.join(params)})")
            callback = "Action<TResult>?" if has_value else "Action?"
            result = "PoolResult<TResult>" if has_value else "PoolResult"
            lines += method(
                [f"    /// <summary>Submits <paramref name=\"target\"/>, a [ProcessEntry] method that {summary}, to a worker: Python's <c>apply_async</c>.</summary>",
                 TARGET_DOC] + type_docs + arg_docs + CALLBACK_DOCS + [TOKEN_DOC],
                f"{result} ApplyAsync{generic}({', '.join(params + [f'{callback} callback = null', 'Action<Exception>? errorCallback = null', 'CancellationToken cancellationToken = default'])})")
    return lines


def map_overloads():
    lines = []
    items_doc = "    /// <param name=\"items\">The items, each one call's argument; enumerated once, now.</param>"
    chunk_doc = "    /// <param name=\"chunkSize\">Items sent to a worker at a time; by default about sixteen chunks per worker (Python: four).</param>"
    stream_chunk_doc = "    /// <param name=\"chunkSize\">Items sent to a worker at a time (1 by default, as in Python).</param>"
    type_docs = ["    /// <typeparam name=\"T\">The entry's parameter.</typeparam>", "    /// <typeparam name=\"TResult\">The entry's result.</typeparam>"]
    for returns, _, summary in MAP_SHAPES:
        target = f"{delegate(['T'], returns)} target, IEnumerable<T> items"
        lines += method(
            [f"    /// <summary>Calls <paramref name=\"target\"/>, a [ProcessEntry] method that {summary}, on every item in the workers and returns the results in order: Python's <c>map</c>.</summary>",
             TARGET_DOC] + type_docs + [items_doc, chunk_doc, TOKEN_DOC],
            f"TResult[] Map<T, TResult>({target}, int? chunkSize = null, CancellationToken cancellationToken = default)")
        lines += method(
            [f"    /// <summary>Submits <paramref name=\"target\"/>, a [ProcessEntry] method that {summary}, for every item: Python's <c>map_async</c>; the result is the array of results in order.</summary>",
             TARGET_DOC] + type_docs + [items_doc, chunk_doc] + CALLBACK_DOCS + [TOKEN_DOC],
            f"PoolResult<TResult[]> MapAsync<T, TResult>({target}, int? chunkSize = null, Action<TResult[]>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default)")
        for name, order in (("Imap", "in input order"), ("ImapUnordered", "in the order they finish")):
            python = "imap" if name == "Imap" else "imap_unordered"
            lines += method(
                [f"    /// <summary>Calls <paramref name=\"target\"/>, a [ProcessEntry] method that {summary}, on every item in the workers, handing out the results {order} as they arrive: Python's <c>{python}</c>.</summary>",
                 TARGET_DOC] + type_docs + [items_doc, stream_chunk_doc, TOKEN_DOC],
                f"PoolResultStream<TResult> {name}<T, TResult>({target}, int chunkSize = 1, CancellationToken cancellationToken = default)")
    return lines


def starmap_overloads():
    lines = []
    chunk_doc = "    /// <param name=\"chunkSize\">Tuples sent to a worker at a time; by default about sixteen chunks per worker (Python: four).</param>"
    for arity in STARMAP_ARITIES:
        args = [f"T{i}" for i in range(1, arity + 1)]
        type_docs = [f"    /// <typeparam name=\"T{i}\">The entry's parameter {i}.</typeparam>" for i in range(1, arity + 1)]
        type_docs.append("    /// <typeparam name=\"TResult\">The entry's result.</typeparam>")
        items_doc = "    /// <param name=\"items\">The tuples, each one call's arguments; enumerated once, now.</param>"
        for returns, _, summary in MAP_SHAPES:
            target = f"{delegate(args, returns)} target, IEnumerable<({', '.join(args)})> items"
            generic = f"<{', '.join(args + ['TResult'])}>"
            lines += method(
                [f"    /// <summary>Calls <paramref name=\"target\"/>, a [ProcessEntry] method that {summary}, with the elements of every tuple as its arguments and returns the results in order: Python's <c>starmap</c>.</summary>",
                 TARGET_DOC] + type_docs + [items_doc, chunk_doc, TOKEN_DOC],
                f"TResult[] Starmap{generic}({target}, int? chunkSize = null, CancellationToken cancellationToken = default)")
            lines += method(
                [f"    /// <summary>Submits <paramref name=\"target\"/>, a [ProcessEntry] method that {summary}, for every tuple of arguments: Python's <c>starmap_async</c>.</summary>",
                 TARGET_DOC] + type_docs + [items_doc, chunk_doc] + CALLBACK_DOCS + [TOKEN_DOC],
                f"PoolResult<TResult[]> StarmapAsync{generic}({target}, int? chunkSize = null, Action<TResult[]>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default)")
    return lines


def initializer_overloads():
    lines = []
    for arity in range(MAX_APPLY_ARITY + 1):
        for returns, summary in ((None, "returns nothing"), ("Task", "returns a <see cref=\"Task\"/>")):
            args = [f"T{i}" for i in range(1, arity + 1)]
            generic = f"<{', '.join(args)}>" if args else ""
            params = [f"{delegate(args, returns)} target"] + [f"T{i} arg{i}" for i in range(1, arity + 1)]
            lines += [f"    /// <summary>An initializer that runs <paramref name=\"target\"/>, a [ProcessEntry] method that {summary}, once in each worker.</summary>", TARGET_DOC]
            lines += [f"    /// <typeparam name=\"T{i}\">The type of argument {i}.</typeparam>" for i in range(1, arity + 1)]
            lines += [f"    /// <param name=\"arg{i}\">Argument {i}, serialized for each worker as it starts.</param>" for i in range(1, arity + 1)]
            lines += [f"    public static PoolInitializer Create{generic}({', '.join(params)}) => throw NotIntercepted(target);", ""]
    return lines


def write(path, class_line, body):
    text = HEADER + "namespace Multiprocessing;\n\n" + class_line + "\n{\n" + "\n".join(body).rstrip() + "\n}\n"
    path.write_text(text)


write(TARGETS, "public sealed partial class ProcessPool", apply_overloads() + map_overloads() + starmap_overloads() + [
    "    private static InvalidOperationException NotIntercepted(Delegate target) => new(",
    "        $\"ProcessPool was given a target that the Multiprocessing generator did not compile: {target?.Method.Name ?? \"null\"}. \"",
    "        + \"Pass a static method marked [ProcessEntry] directly, for example pool.Map(Worker.Square, items), not a lambda, a local function or a delegate variable, \"",
    "        + \"and make sure the project references the Multiprocessing generator.\");",
])
write(INITIALIZER, "public sealed partial class PoolInitializer", initializer_overloads())
